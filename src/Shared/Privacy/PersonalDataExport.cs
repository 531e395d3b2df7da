using System.Text.Json.Nodes;

namespace SreBot.Shared.Privacy;

/// <summary>A user's export: its id, and the document (one section per <see cref="IPersonalDataSource.Category"/>) with item counts.</summary>
public sealed record PersonalDataExport(string Id, string UserId, DateTimeOffset CreatedAt, IReadOnlyDictionary<string, int> Counts, JsonObject Document);
