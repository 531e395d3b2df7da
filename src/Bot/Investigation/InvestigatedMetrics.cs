namespace SreBot.Bot.Investigation;

/// <summary>
/// The metrics the investigator reads per resource type, in Azure Monitor's names (the Sandbox reports the same names),
/// grouped by the aggregation Azure Monitor supports for them: a gauge is averaged, a counter is totalled. One query per
/// group, because Azure Monitor answers an unsupported aggregation with an error or empty points, and one request mixing
/// them can fail as a whole. A type not listed here is read with the provider's defaults for it.
/// </summary>
public static class InvestigatedMetrics
{
    private const string Average = "Average";
    private const string Total = "Total";

    private static readonly MetricRequest[] WebApp =
    [
        new(Average, ["MemoryWorkingSet", "HttpResponseTime"]),
        new(Total, ["CpuTime", "Requests", "Http5xx"]),
    ];

    private static readonly Dictionary<string, MetricRequest[]> ByType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Web/sites"] = WebApp,
        ["Microsoft.Web/sites/slots"] = WebApp,
        ["Microsoft.Web/serverfarms"] = [new(Average, ["CpuPercentage", "MemoryPercentage"])],
        ["Microsoft.Compute/virtualMachines"] = [new(Average, ["Percentage CPU", "Available Memory Bytes"])],
        ["Microsoft.Compute/virtualMachineScaleSets"] = [new(Average, ["Percentage CPU", "Available Memory Bytes"])],
        ["Microsoft.App/containerApps"] = [new(Average, ["UsageNanoCores", "WorkingSetBytes"]), new(Total, ["Requests", "RestartCount"])],
        ["Microsoft.Sql/servers/databases"] = [new(Average, ["cpu_percent"]), new(Total, ["connection_failed", "deadlock"])],
    };

    /// <summary>The queries for <paramref name="resourceType"/>; empty when the provider's defaults are to be read.</summary>
    public static IReadOnlyList<MetricRequest> For(string resourceType)
        => ByType.TryGetValue(resourceType, out var requests) ? requests : [];
}
