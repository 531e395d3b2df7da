namespace SreBot.Shared.Estate.Azure.Logs;

/// <summary>
/// The Log Analytics tables that hold each resource type's logs (resource-specific diagnostic tables, as the Azure Monitor
/// table reference names them), read as (TimeGenerated, level, message). The table name is the line's source.
/// </summary>
internal static class AzureLogTables
{
    private static readonly LogTable[] AppService =
    [
        new("AppServiceConsoleLogs", "tostring(Level)", "tostring(ResultDescription)"),
        new("AppServiceAppLogs", "tostring(Level)",
            "strcat(coalesce(tostring(Message), tostring(ResultDescription)), iff(isempty(StackTrace), \"\", strcat(\"\\n\", tostring(StackTrace))))"),
        new("AppServiceHTTPLogs", "case(ScStatus >= 500, \"error\", ScStatus >= 400, \"warning\", \"information\")",
            "strcat(CsMethod, \" \", CsUriStem, \" \", tostring(ScStatus), \" \", tostring(TimeTaken), \" ms\")"),
    ];

    private static readonly LogTable[] ContainerApps =
    [
        new("ContainerAppConsoleLogs", "iff(Stream == \"stderr\", \"warning\", \"information\")", "tostring(Log)"),
    ];

    private static readonly LogTable[] VirtualMachines =
    [
        new("Syslog", "tostring(SeverityLevel)", "tostring(SyslogMessage)"),
        new("Event", "tostring(EventLevelName)", "tostring(RenderedDescription)"),
    ];

    private static readonly LogTable[] Kubernetes =
    [
        new("ContainerLogV2", "coalesce(tostring(column_ifexists(\"LogLevel\", \"\")), iff(LogSource == \"stderr\", \"warning\", \"information\"))", "tostring(LogMessage)"),
    ];

    private static readonly Dictionary<string, LogTable[]> ByType = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Microsoft.Web/sites"] = AppService,
        ["Microsoft.Web/sites/slots"] = AppService,
        ["Microsoft.App/containerApps"] = ContainerApps,
        ["Microsoft.Compute/virtualMachines"] = VirtualMachines,
        ["Microsoft.Compute/virtualMachineScaleSets"] = VirtualMachines,
        ["Microsoft.ContainerService/managedClusters"] = Kubernetes,
    };

    /// <summary>The resource types whose logs can be searched.</summary>
    public static IReadOnlyCollection<string> SearchableTypes => ByType.Keys;

    /// <summary>The tables for the type, or null when SreBot does not know where that type logs.</summary>
    public static IReadOnlyList<LogTable>? For(string? resourceType)
        => resourceType is not null && ByType.TryGetValue(resourceType, out var tables) ? tables : null;
}
