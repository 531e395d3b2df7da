namespace SreBot.Shared.Policy;

/// <summary>The raw target arguments of one call, exactly as the caller sent them.</summary>
/// <param name="Value">The <c>resourceId</c> or <c>resourceGroup</c> argument.</param>
/// <param name="Subscription">The optional <c>subscription</c> argument for a resource group given by name.</param>
public sealed record ToolTarget(string? Value, string? Subscription = null)
{
    public static ToolTarget None { get; } = new(Value: null);
}
