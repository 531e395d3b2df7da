using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>An ARM resource, reduced to what an SRE needs to see.</summary>
/// <param name="Properties">A few provider-neutral facts analyzers use, e.g. <c>serverFarmId</c> (a web app's App Service plan); empty when none.</param>
public sealed record EstateResource(
    ResourceId Id,
    string Name,
    string Type,
    string Location,
    IReadOnlyDictionary<string, string> Tags,
    string? Sku,
    int? InstanceCount,
    string? State,
    IReadOnlyDictionary<string, string>? Properties = null);
