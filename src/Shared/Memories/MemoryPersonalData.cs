using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Memories;

/// <summary>A user's memories are the ones they authored, private and team. Erasing deletes them from the table and the index.</summary>
internal sealed class MemoryPersonalData(IMemoryStore store) : IPersonalDataSource
{
    public string Category => "memories";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var memories = await store.ListOwnedAsync(userId, cancellationToken);
        return new JsonArray([.. memories.Select(m => (JsonNode)new JsonObject
        {
            ["id"] = m.Id,
            ["text"] = m.Text,
            ["visibility"] = m.Visibility,
            ["createdAt"] = m.CreatedAt,
            ["createdBy"] = m.CreatedBy,
        })]);
    }

    public async Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
    {
        var memories = await store.ListOwnedAsync(userId, cancellationToken);
        return await store.DeleteAsync([.. memories.Select(m => m.Id)], cancellationToken);
    }
}
