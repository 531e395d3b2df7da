namespace SreBot.Shared.Estate.Sandbox.Models.Steady;

/// <summary>One minute of a resource whose metrics only follow the time of day.</summary>
internal sealed record SteadyMinute(string Resource, DateTimeOffset Minute, double Busyness, bool WithNoise);
