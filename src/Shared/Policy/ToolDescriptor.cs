namespace SreBot.Shared.Policy;

/// <summary>
/// What policy needs to know about a tool. <paramref name="ReadOnly"/> is true only when the tool explicitly
/// declares itself read-only; anything else is treated as a write, so a forgotten hint fails safe.
/// </summary>
public sealed record ToolDescriptor(string Name, bool ReadOnly, TargetKind Target);
