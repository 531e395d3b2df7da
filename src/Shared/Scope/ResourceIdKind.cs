namespace SreBot.Shared.Scope;

/// <summary>The level of the Azure hierarchy an ARM id names.</summary>
public enum ResourceIdKind
{
    Subscription,
    ResourceGroup,
    Resource,
}
