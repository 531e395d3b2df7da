using System.Text.Json.Nodes;

namespace SreBot.FakeAzure.Seeds;

/// <summary>
/// One row of a Log Analytics table as Azure Monitor stores it: the resource it belongs to (<c>_ResourceId</c>), the
/// table, and the table's own columns (e.g. <c>Level</c>, <c>Message</c>, <c>StackTrace</c> for <c>AppServiceAppLogs</c>;
/// <c>CsMethod</c>, <c>CsUriStem</c>, <c>ScStatus</c>, <c>TimeTaken</c> for <c>AppServiceHTTPLogs</c>).
/// </summary>
public sealed record SeedLogRow(string ResourceId, string Table, DateTimeOffset TimeGenerated, JsonObject Columns);
