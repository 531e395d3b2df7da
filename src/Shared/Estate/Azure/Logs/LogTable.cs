namespace SreBot.Shared.Estate.Azure.Logs;

/// <summary>
/// One Log Analytics table a resource type writes to, and how a row of it reads as a log line: <paramref name="RawLevel"/>
/// and <paramref name="Message"/> are fixed KQL expressions over the table's own columns (never user text).
/// </summary>
/// <param name="RawLevel">A string expression with the row's level in the table's own words (e.g. <c>err</c>, <c>Informational</c>), normalised afterwards.</param>
internal sealed record LogTable(string Name, string RawLevel, string Message);
