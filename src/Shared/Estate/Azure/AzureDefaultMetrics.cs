namespace SreBot.Shared.Estate.Azure;

/// <summary>The metrics <c>metrics_query</c> reads when none are asked for, per resource type (Azure Monitor's names).</summary>
internal static class AzureDefaultMetrics
{
    private static readonly Dictionary<string, string[]> ByType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Web/sites"] = ["CpuTime", "MemoryWorkingSet", "Requests", "Http5xx", "HttpResponseTime"],
        ["Microsoft.Web/sites/slots"] = ["CpuTime", "MemoryWorkingSet", "Requests", "Http5xx", "HttpResponseTime"],
        ["Microsoft.Web/serverfarms"] = ["CpuPercentage", "MemoryPercentage"],
        ["Microsoft.Compute/virtualMachines"] = ["Percentage CPU", "Available Memory Bytes", "Network In Total", "Network Out Total"],
        ["Microsoft.Compute/virtualMachineScaleSets"] = ["Percentage CPU", "Available Memory Bytes"],
        ["Microsoft.Sql/servers/databases"] = ["cpu_percent", "dtu_consumption_percent", "connection_failed", "deadlock"],
        ["Microsoft.App/containerApps"] = ["UsageNanoCores", "WorkingSetBytes", "Requests", "RestartCount"],
    };

    /// <summary>The defaults of the type that the resource defines, else its first few definitions.</summary>
    public static IReadOnlyList<string> For(string resourceType, IReadOnlyList<AzureMetricDefinition> definitions)
    {
        var defined = definitions.Select(d => d.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var chosen = ByType.TryGetValue(resourceType, out var names) ? names.Where(defined.Contains).ToList() : [];
        return chosen.Count > 0 ? chosen : [.. definitions.Take(5).Select(d => d.Name)];
    }
}
