using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>One resource of the sandbox estate as it is defined, before scale operations change it.</summary>
/// <param name="State">What ARM reports, e.g. <c>Running</c> for a web app or <c>VM running</c> for a VM.</param>
internal sealed record SandboxResourceDefinition(
    ResourceId Id,
    string Location,
    IReadOnlyDictionary<string, string> Tags,
    string? Sku,
    string State,
    SandboxProfile? Profile = null)
{
    public string Name => Id.Name;

    public string Type => Id.ResourceType!;

    public TProfile ProfileAs<TProfile>()
        where TProfile : SandboxProfile
        => Profile as TProfile
           ?? throw new InvalidOperationException($"Sandbox resource '{Name}' has no {typeof(TProfile).Name}.");
}
