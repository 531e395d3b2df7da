using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Audit;
using SreBot.Shared.Blobs;

namespace SreBot.Shared.Privacy;

/// <summary>
/// Builds a user's export from every registered <see cref="IPersonalDataSource"/>, records it in the audit log, and keeps
/// it as a blob (<see cref="ExportBlobs"/>) so it can be fetched later by its owner.
/// </summary>
public sealed class PersonalDataExporter
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly IReadOnlyList<IPersonalDataSource> _sources;
    private readonly IBlobStore _blobs;
    private readonly IAuditLog _audit;
    private readonly TimeProvider _time;

    public PersonalDataExporter(IEnumerable<IPersonalDataSource> sources, IBlobStore blobs, IAuditLog audit, TimeProvider time)
    {
        _sources = PersonalDataSources.Distinct(sources);
        _blobs = blobs;
        _audit = audit;
        _time = time;
    }

    /// <summary>The categories, in the order they are exported and erased.</summary>
    public IReadOnlyList<string> Categories => [.. _sources.Select(s => s.Category)];

    /// <summary>Builds and stores the export of <paramref name="userId"/>, asked for by <paramref name="actorId"/> (the user or an admin).</summary>
    public async Task<PersonalDataExport> ExportAsync(string actorId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var id = ExportBlobs.NewId();
        var createdAt = _time.GetUtcNow();
        var (data, counts) = await CollectAsync(userId, cancellationToken);
        var document = new JsonObject
        {
            ["exportId"] = id,
            ["userId"] = userId,
            ["createdAt"] = createdAt,
            ["counts"] = JsonSerializer.SerializeToNode(counts),
            ["data"] = data,
        };

        // Recorded before the export leaves: no record, no export.
        await _audit.RecordAsync(PrivacyAuditEvents.Exported, actorId, null, null, AuditDecisions.Allow, AuditOutcomes.Exported, id, cancellationToken);
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(document, Indented), writable: false);
        await _blobs.WriteAsync(ExportBlobs.NameOf(userId, id), content, cancellationToken);
        return new PersonalDataExport(id, userId, createdAt, counts, document);
    }

    /// <summary>How many items of each category the user has, without keeping or recording an export (e.g. for a confirmation).</summary>
    public async Task<IReadOnlyDictionary<string, int>> CountAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var (_, counts) = await CollectAsync(userId, cancellationToken);
        return counts;
    }

    /// <summary>A stored export of <paramref name="userId"/> (JSON), or null when the user has no export with that id.</summary>
    public async Task<Stream?> OpenAsync(string userId, string exportId, CancellationToken cancellationToken)
        => ExportBlobs.IsExportId(exportId) ? await _blobs.OpenReadAsync(ExportBlobs.NameOf(userId, exportId), cancellationToken) : null;

    private async Task<(JsonObject Data, Dictionary<string, int> Counts)> CollectAsync(string userId, CancellationToken cancellationToken)
    {
        var data = new JsonObject();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            var section = await source.ExportAsync(userId, cancellationToken);
            data[source.Category] = section;
            counts[source.Category] = section is JsonArray array ? array.Count : 1;
        }

        return (data, counts);
    }
}
