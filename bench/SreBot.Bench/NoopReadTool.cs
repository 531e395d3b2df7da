using System.ComponentModel;
using ModelContextProtocol.Server;

namespace SreBot.Bench;

/// <summary>
/// The baseline's one tool: same name and parameter as the Bot's read tool, so both servers get byte-identical
/// requests, but it does nothing (no identity, policy, state, estate, redaction or audit).
/// </summary>
[McpServerToolType]
public sealed class NoopReadTool
{
    [McpServerTool(Name = "resource_health_get", Title = "No-op read",
        ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("Does nothing and returns 'ok'. Benchmark baseline only.")]
    public static string Get([Description("Full ARM resource id; ignored.")] string resourceId) => "ok";
}
