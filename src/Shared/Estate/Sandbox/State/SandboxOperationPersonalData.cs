using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>
/// Sandbox operations (restarts, scaling) run on the user's behalf; the Sandbox's activity log shows their caller.
/// Erasing keeps the operations and replaces the caller with <see cref="ErasedUser.Marker"/>.
/// </summary>
internal sealed class SandboxOperationPersonalData(ISandboxOperationStore operations) : IPersonalDataSource
{
    public string Category => "sandboxOperations";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
        => new JsonArray([.. (await operations.OperationsByAsync(userId, cancellationToken)).Select(o => (JsonNode)new JsonObject
        {
            ["kind"] = o.Kind.ToString(),
            ["resourceId"] = o.Resource.Display,
            ["instanceCount"] = o.InstanceCount,
            ["at"] = o.OccurredAt,
        })]);

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => operations.EraseCallerAsync(userId, cancellationToken);
}
