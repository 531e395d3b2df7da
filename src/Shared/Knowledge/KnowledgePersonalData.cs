using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Knowledge;

/// <summary>
/// Knowledge documents are the organisation's content, not the uploader's: an export lists the metadata of the documents
/// the user uploaded, and erasure removes only the link to the uploader. The documents and their index stay.
/// </summary>
internal sealed class KnowledgePersonalData(IKnowledgeStore store) : IPersonalDataSource
{
    public string Category => "knowledge";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var documents = await store.ListUploadedByAsync(userId, cancellationToken);
        return new JsonArray([.. documents.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Id,
            ["name"] = d.Name,
            ["contentType"] = d.ContentType,
            ["sizeBytes"] = d.SizeBytes,
            ["sha256"] = d.Sha256,
            ["uploadedAt"] = d.UploadedAt,
        })]);
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken) => store.ForgetUploaderAsync(userId, cancellationToken);
}
