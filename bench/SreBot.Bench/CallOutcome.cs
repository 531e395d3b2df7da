namespace SreBot.Bench;

/// <summary>One <c>tools/call</c>: whether it succeeded, how long the HTTP exchange took, and why it failed.</summary>
public readonly record struct CallOutcome(bool Ok, long ElapsedTicks, string? Error);
