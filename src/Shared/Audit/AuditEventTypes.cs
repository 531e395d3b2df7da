namespace SreBot.Shared.Audit;

/// <summary>Event type names used in the audit log.</summary>
public static class AuditEventTypes
{
    public const string AuthFailure = "auth.failure";
    public const string McpRequest = "mcp.request";
    public const string ToolCall = "tool.call";
    public const string ApiCall = "api.call";

    /// <summary>
    /// Refusals (401, 403, 429) from one source within a window after the first, which has a record of its own. The
    /// detail holds the status, the kind of source, the count and the window's first and last time.
    /// </summary>
    public const string RefusalsAggregated = "access.refusals_aggregated";

    /// <summary>A user's pseudonym mapping was erased; the record carries only the pseudonym.</summary>
    public const string ActorErased = "audit.actor_erased";

    /// <summary>
    /// Retention deleted the front of the chain behind a signed checkpoint; written in the same transaction. The detail
    /// holds the checkpoint's sequence and hash, the cut-off and how many records went.
    /// </summary>
    public const string Checkpoint = "audit.checkpoint";
}
