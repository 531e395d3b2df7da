using System.Text.Json;
using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// <c>resources_list</c> (every <c>nextLink</c> page of a group's resources) and <c>resource_get</c> (the resource with its
/// provider's api-version; a web app's plan and its instance count, a VM's power state from its instance view).
/// </summary>
internal sealed class AzureResourceReader(AzureRestClients clients, AzureApiVersions apiVersions)
{
    public const string ServerFarmIdProperty = "serverFarmId";
    private const int MaxResources = 2_000;

    public async Task<IReadOnlyList<EstateResource>> ListAsync(ResourceId resourceGroup, string? resourceType, CancellationToken cancellationToken)
    {
        var query = $"subscriptions/{resourceGroup.Subscription}/resourceGroups/{Uri.EscapeDataString(resourceGroup.ResourceGroup!)}/resources?api-version={AzureApiVersions.ResourcesApiVersion}";
        if (!string.IsNullOrWhiteSpace(resourceType))
        {
            query += "&$filter=" + Uri.EscapeDataString($"resourceType eq '{resourceType.Trim().Replace("'", "''", StringComparison.Ordinal)}'");
        }

        var items = await clients.ResourceManager.GetAllPagesAsync(query, new AzureCall("Microsoft.Resources/subscriptions/resourceGroups/resources/read", resourceGroup), MaxResources, cancellationToken);
        return [.. items.Select(item => Map(item))
            .OfType<EstateResource>()
            .Where(r => r.Id.IsWithin(resourceGroup))
            .OrderBy(r => r.Name, StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<EstateResource?> GetAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        JsonElement body;
        try
        {
            var version = await apiVersions.ForAsync(resourceId, cancellationToken);
            using var document = await clients.ResourceManager.GetAsync($"{resourceId.Display.TrimStart('/')}?api-version={version}", ReadCall(resourceId), cancellationToken);
            body = document.RootElement.Clone();
        }
        catch (EstateResourceNotFoundException)
        {
            return null;
        }

        if (Map(body) is not { } resource)
        {
            return null;
        }

        return resource.Type.ToUpperInvariant() switch
        {
            "MICROSOFT.WEB/SITES" or "MICROSOFT.WEB/SITES/SLOTS" => await WithPlanAsync(resource, cancellationToken),
            "MICROSOFT.COMPUTE/VIRTUALMACHINES" => await WithPowerStateAsync(resource, cancellationToken),
            _ => resource,
        };
    }

    /// <summary>The RBAC read action of a resource, e.g. <c>Microsoft.Web/sites/read</c>.</summary>
    public static AzureCall ReadCall(ResourceId resourceId) => new($"{resourceId.ResourceType}/read", resourceId);

    private async Task<EstateResource> WithPlanAsync(EstateResource site, CancellationToken cancellationToken)
    {
        // The plan is read only inside the site's own group: SreBot never reaches outside the associated scope.
        if (site.Properties?.GetValueOrDefault(ServerFarmIdProperty) is not { } planText
            || !ResourceId.TryParse(planText, out var plan, out _)
            || plan.Kind != ResourceIdKind.Resource
            || !plan.IsWithin(site.Id.ResourceGroupId!))
        {
            return site;
        }

        try
        {
            var version = await apiVersions.ForAsync(plan, cancellationToken);
            using var document = await clients.ResourceManager.GetAsync($"{plan.Display.TrimStart('/')}?api-version={version}", ReadCall(plan), cancellationToken);
            var capacity = AzureJson.Int(document.RootElement, "sku", "capacity");
            var sku = AzureJson.String(document.RootElement, "sku", "name");
            return site with { InstanceCount = capacity ?? site.InstanceCount, Sku = site.Sku ?? sku };
        }
        catch (EstateResourceNotFoundException)
        {
            return site;
        }
    }

    private async Task<EstateResource> WithPowerStateAsync(EstateResource vm, CancellationToken cancellationToken)
    {
        var version = await apiVersions.ForAsync(vm.Id, cancellationToken);
        using var document = await clients.ResourceManager.GetAsync($"{vm.Id.Display.TrimStart('/')}/instanceView?api-version={version}", ReadCall(vm.Id), cancellationToken);
        if (AzureJson.Walk(document.RootElement, "statuses") is not { ValueKind: JsonValueKind.Array } statuses)
        {
            return vm;
        }

        var power = statuses.EnumerateArray()
            .Select(s => AzureJson.String(s, "code"))
            .FirstOrDefault(c => c is not null && c.StartsWith("PowerState/", StringComparison.OrdinalIgnoreCase));
        return power is null ? vm : vm with { State = power["PowerState/".Length..] };
    }

    private static EstateResource? Map(JsonElement item)
    {
        if (AzureJson.String(item, "id") is not { } idText || !ResourceId.TryParse(idText, out var id, out _) || id.Kind != ResourceIdKind.Resource)
        {
            return null;
        }

        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (AzureJson.String(item, "properties", ServerFarmIdProperty) is { } farm)
        {
            properties[ServerFarmIdProperty] = farm;
        }

        var state = AzureJson.String(item, "properties", "state") ?? AzureJson.String(item, "properties", "provisioningState");
        var sku = AzureJson.String(item, "sku", "name") ?? AzureJson.String(item, "properties", "sku");
        return new EstateResource(
            id,
            AzureJson.String(item, "name") ?? id.Name,
            AzureJson.String(item, "type") ?? id.ResourceType!,
            AzureJson.String(item, "location") ?? string.Empty,
            AzureJson.Tags(item),
            sku,
            AzureJson.Int(item, "sku", "capacity"),
            state,
            properties);
    }
}
