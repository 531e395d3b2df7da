namespace SreBot.Shared.Estate.Azure;

/// <summary>One entry of a resource's <c>metricDefinitions</c>: the metric's name and unit.</summary>
internal sealed record AzureMetricDefinition(string Name, string Unit);
