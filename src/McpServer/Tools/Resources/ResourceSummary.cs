using SreBot.Shared.Estate;

namespace SreBot.McpServer.Tools.Resources;

/// <summary>A resource as tools report it.</summary>
public sealed record ResourceSummary(
    string Id,
    string Name,
    string Type,
    string ResourceGroup,
    string Location,
    string? Sku,
    int? InstanceCount,
    string? State,
    IReadOnlyDictionary<string, string> Tags)
{
    public static ResourceSummary From(EstateResource resource) => new(
        resource.Id.Display,
        resource.Name,
        resource.Type,
        resource.Id.ResourceGroup ?? string.Empty,
        resource.Location,
        resource.Sku,
        resource.InstanceCount,
        resource.State,
        resource.Tags);
}
