namespace SreBot.FakeAzure;

/// <summary>A metric the fake serves for a resource: its unit and points.</summary>
public sealed record FakeMetric(string Unit, IReadOnlyList<(DateTimeOffset At, double Value)> Points);
