namespace SreBot.Shared.Policy;

/// <summary>
/// What policy needs to know about a tool. <paramref name="ReadOnly"/> is true only when the tool explicitly
/// declares itself read-only; anything else is treated as a write, so a forgotten hint fails safe.
/// </summary>
/// <param name="TargetParameter">The argument that holds the target; null for the usual <c>resourceId</c> / <c>resourceGroup</c>.</param>
public sealed record ToolDescriptor(string Name, bool ReadOnly, TargetKind Target, string? TargetParameter = null);
