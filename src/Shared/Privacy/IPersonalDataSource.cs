using System.Text.Json.Nodes;

namespace SreBot.Shared.Privacy;

/// <summary>
/// One kind of personal data a store keeps (threads, memories, approvals, traces, exports…). The export and erasure
/// services ask every registered source, so a new store joins both by registering one of these.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The key of this source's section in an export, e.g. <c>memories</c>.</summary>
    string Category { get; }

    /// <summary>Everything of this category that belongs to the user, and nothing of anyone else's.</summary>
    Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Erases the user's data of this category from the store, its indexes, blobs and caches; returns how many items went.</summary>
    Task<int> EraseAsync(string userId, CancellationToken cancellationToken);
}
