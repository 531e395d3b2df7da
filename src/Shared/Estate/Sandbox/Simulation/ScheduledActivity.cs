using SreBot.Shared.Estate.Sandbox.Scenarios;

namespace SreBot.Shared.Estate.Sandbox.Simulation;

/// <summary>A scenario's scripted activity placed at an absolute time.</summary>
internal sealed record ScheduledActivity(DateTimeOffset At, ScriptedActivity Activity);
