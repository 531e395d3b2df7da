namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>
/// The Azure Monitor metric names each signal goes by across resource types (the Sandbox reports the same names), so every
/// analyzer reads a signal under all of its names. Values are as Azure reports them: Bytes, Seconds (the investigator turns
/// Milliseconds into Seconds), Count, Percent, NanoCores.
/// </summary>
public static class MetricNames
{
    /// <summary>Memory in use: web apps, container apps, App Service plans, SQL databases.</summary>
    public static readonly string[] Memory = ["MemoryWorkingSet", "WorkingSetBytes", "PrivateBytes", "MemoryPercentage", "memory_percent"];

    /// <summary>CPU as a share of what the instances have: plans, VMs, SQL databases.</summary>
    public static readonly string[] CpuPercent = ["CpuPercentage", "Percentage CPU", "cpu_percent"];

    /// <summary>CPU consumed, whose ratio to its baseline shows more work: web apps (seconds), container apps (nanocores).</summary>
    public static readonly string[] CpuUsage = ["CpuTime", "UsageNanoCores"];

    public static readonly string[] Requests = ["Requests"];

    /// <summary>HTTP 5xx responses per interval.</summary>
    public static readonly string[] ServerErrors = ["Http5xx"];

    /// <summary>Response time: <c>HttpResponseTime</c> (web apps; <c>AverageResponseTime</c> is its deprecated name), <c>ResponseTime</c> (container apps).</summary>
    public static readonly string[] ResponseTime = ["HttpResponseTime", "AverageResponseTime", "ResponseTime"];
}
