namespace SreBot.Bot.Investigation;

/// <summary>One <c>metrics_query</c> of an investigation: metrics that share an aggregation Azure Monitor supports for each of them.</summary>
/// <param name="Aggregation">E.g. <c>Average</c> for gauges (memory, response time), <c>Total</c> for counters (requests, errors, CPU time).</param>
/// <param name="Names">Azure Monitor metric names, e.g. <c>MemoryWorkingSet</c>, <c>Percentage CPU</c>.</param>
public sealed record MetricRequest(string Aggregation, IReadOnlyList<string> Names);
