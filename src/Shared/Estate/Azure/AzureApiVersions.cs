using SreBot.Shared.Caching;
using System.Text.Json;
using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// The api-version to read a resource type with, resolved as <c>ArmClient</c> does: the provider's registration
/// (<c>/subscriptions/{s}/providers/{namespace}</c>) lists each type's versions, newest first; the newest stable one is used,
/// else the newest preview. Cached per subscription and namespace (bounded, time-limited).
/// </summary>
internal sealed class AzureApiVersions(AzureRestClients clients, TimeProvider time)
{
    public const string ResourcesApiVersion = "2021-04-01";
    private readonly ExpiringCache<IReadOnlyDictionary<string, string>> cache = new(time, TimeSpan.FromHours(6), 256, StringComparer.OrdinalIgnoreCase);

    public async Task<string> ForAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        var provider = resourceId.Provider ?? throw new ArgumentException("A resource id is needed to resolve an api-version.", nameof(resourceId));
        var type = resourceId.ResourceType![(provider.Length + 1)..];
        var (versions, _) = await cache.GetOrLoadAsync($"{resourceId.Subscription}/{provider}", ct => LoadAsync(resourceId, provider, ct), cancellationToken);
        return versions.TryGetValue(type, out var version)
            ? version
            : throw new ArgumentException($"Azure does not list the resource type '{resourceId.ResourceType}'.", nameof(resourceId));
    }

    private async Task<IReadOnlyDictionary<string, string>> LoadAsync(ResourceId resourceId, string provider, CancellationToken cancellationToken)
    {
        var subscription = ResourceId.Parse($"/subscriptions/{resourceId.Subscription}");
        using var document = await clients.ResourceManager.GetAsync(
            $"subscriptions/{resourceId.Subscription}/providers/{Uri.EscapeDataString(provider)}?api-version={ResourcesApiVersion}",
            new AzureCall($"{provider}/register/action", subscription),
            cancellationToken);
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!document.RootElement.TryGetProperty("resourceTypes", out var types) || types.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var entry in types.EnumerateArray())
        {
            if (AzureJson.String(entry, "resourceType") is not { } name
                || !entry.TryGetProperty("apiVersions", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var versions = list.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList();
            var chosen = versions.FirstOrDefault(v => !v.Contains("preview", StringComparison.OrdinalIgnoreCase)) ?? versions.FirstOrDefault();
            if (chosen is not null)
            {
                result[name] = chosen;
            }
        }

        return result;
    }
}
