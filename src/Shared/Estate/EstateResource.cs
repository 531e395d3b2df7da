using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>An ARM resource, reduced to what an SRE needs to see.</summary>
public sealed record EstateResource(
    ResourceId Id,
    string Name,
    string Type,
    string Location,
    IReadOnlyDictionary<string, string> Tags,
    string? Sku,
    int? InstanceCount,
    string? State);
