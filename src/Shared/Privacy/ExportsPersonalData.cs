using System.Text.Json.Nodes;
using SreBot.Shared.Blobs;

namespace SreBot.Shared.Privacy;

/// <summary>The user's earlier exports in the blob store (listed by id; erased with everything else).</summary>
internal sealed class ExportsPersonalData(IBlobStore blobs) : IPersonalDataSource
{
    public string Category => "exports";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var list = new JsonArray();
        await foreach (var name in blobs.ListAsync(ExportBlobs.FolderOf(userId), cancellationToken))
        {
            list.Add(new JsonObject { ["id"] = ExportBlobs.IdOf(name) });
        }

        return list;
    }

    public async Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var name in blobs.ListAsync(ExportBlobs.FolderOf(userId), cancellationToken))
        {
            names.Add(name);
        }

        var erased = 0;
        foreach (var name in names)
        {
            erased += await blobs.DeleteAsync(name, cancellationToken) ? 1 : 0;
        }

        return erased;
    }
}
