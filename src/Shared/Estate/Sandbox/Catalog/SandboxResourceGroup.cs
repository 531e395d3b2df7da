using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>A resource group and the role SreBot's (simulated) managed identity holds on it.</summary>
internal sealed record SandboxResourceGroup(ResourceId Id, string Location, string SreBotRole)
{
    public const string Contributor = "Contributor";
    public const string Reader = "Reader";

    public string Name => Id.Name;

    public bool GrantsWrite => SreBotRole == Contributor;
}
