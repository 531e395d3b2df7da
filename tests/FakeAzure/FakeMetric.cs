namespace SreBot.FakeAzure;

/// <summary>
/// A metric the fake serves for a resource: its unit, raw points (aggregated by the fake into the interval asked for), the
/// time grains its definition lists (<c>metricAvailabilities</c>; null means Azure Monitor's usual set, PT1M to P1D) and the
/// aggregations it supports (<c>supportedAggregationTypes</c>, the first being the primary; null means all): a query asking
/// another is refused, as Azure Monitor does for, e.g., the Average of App Service's <c>Http5xx</c> (Total only).
/// </summary>
public sealed record FakeMetric(
    string Unit, IReadOnlyList<(DateTimeOffset At, double Value)> Points, IReadOnlyList<TimeSpan>? TimeGrains = null, IReadOnlyList<string>? SupportedAggregations = null)
{
    public static IReadOnlyList<TimeSpan> StandardTimeGrains { get; } =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromDays(1),
    ];

    public IReadOnlyList<TimeSpan> Grains => TimeGrains ?? StandardTimeGrains;
}
