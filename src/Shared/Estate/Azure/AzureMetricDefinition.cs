namespace SreBot.Shared.Estate.Azure;

/// <summary>One entry of a resource's <c>metricDefinitions</c>: the metric's name, unit and the time grains it can be queried at (empty when Azure listed none).</summary>
internal sealed record AzureMetricDefinition(string Name, string Unit, IReadOnlyList<TimeSpan> TimeGrains);
