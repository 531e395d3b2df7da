using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure;

/// <summary><c>resource_health_get</c>: Resource Health's <c>availabilityStatuses/current</c> of a resource.</summary>
internal sealed class AzureHealthReader(AzureRestClients clients, TimeProvider time)
{
    private const string ApiVersion = "2022-10-01";

    public async Task<ResourceHealthStatus> GetAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        using var document = await clients.ResourceManager.GetAsync(
            $"{resourceId.Display.TrimStart('/')}/providers/Microsoft.ResourceHealth/availabilityStatuses/current?api-version={ApiVersion}",
            new AzureCall("Microsoft.ResourceHealth/availabilityStatuses/read", resourceId),
            cancellationToken);
        var root = document.RootElement;
        return new ResourceHealthStatus(
            resourceId,
            AzureJson.String(root, "properties", "availabilityState") ?? "Unknown",
            AzureJson.String(root, "properties", "summary") ?? AzureJson.String(root, "properties", "title") ?? string.Empty,
            AzureJson.String(root, "properties", "reasonType"),
            // ARM spells it "occuredTime"; newer versions also carry "occurredTime".
            AzureJson.Time(root, "properties", "occuredTime") ?? AzureJson.Time(root, "properties", "occurredTime") ?? time.GetUtcNow());
    }
}
