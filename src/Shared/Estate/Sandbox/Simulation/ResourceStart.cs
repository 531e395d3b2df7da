namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>A moment a resource's process started afresh: its memory is released and it warms up again.</summary>
/// <param name="Version">For deployments: the version that started.</param>
internal sealed record ResourceStart(DateTimeOffset At, ResourceStartReason Reason, string? Version = null);
