using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

public sealed record MetricsResult(ResourceId ResourceId, TimeSpan Interval, IReadOnlyList<MetricSeries> Metrics);
