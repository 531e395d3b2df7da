namespace SreBot.Shared.Policy;

/// <summary>What a tool's target argument names, which decides how scope is checked.</summary>
public enum TargetKind
{
    /// <summary>No estate target (e.g. reading an approval): no scope check.</summary>
    None,

    /// <summary>A <c>resourceGroup</c> argument (name, with optional <c>subscription</c>, or full id).</summary>
    ResourceGroup,

    /// <summary>A <c>resourceId</c> argument: a full ARM resource id.</summary>
    Resource,
}
