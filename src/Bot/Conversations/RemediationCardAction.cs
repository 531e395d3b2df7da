using System.Globalization;
using System.Text.Json;
using SreBot.Bot.Activities;
using SreBot.Bot.Cards.Templates;
using SreBot.McpServer.InProcess;
using SreBot.McpServer.Tools.Remediation;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Conversations;

/// <summary>
/// An investigation card's <c>Request restart</c> / <c>Request scale to N</c> button (<see cref="RemediationVerbs.Request"/>):
/// exactly what typing the command does, as the person who clicked, through <see cref="RemediationRequests"/> (the one call
/// path decides and audits; the answer is the approval card, posted as its own message, or a refusal).
/// The card data is checked, never trusted: a well-formed ARM id, a known action, an instance count in range, and a trace id
/// that names an investigation recorded in this conversation's thread for that resource. Anything else changes nothing and is
/// audited as a refusal, like an approval card clicked elsewhere. The reason and the motivating finding come from SreBot's
/// stored trace, never from the card. The invoke answer is a short message, so the investigation card stays as it is.
/// </summary>
public sealed class RemediationCardAction(InProcessMcpSessions sessions, RemediationRequests requests, IInvestigationTraceStore traces, IAuditLog audit)
{
    /// <summary>The longest reason taken from a trace (the call path allows up to 500 characters).</summary>
    public const int MaxReasonLength = 300;

    public const string Requested = "Requested: the approval card is posted in this conversation.";

    public const string InvalidRefusal = "This button's data is not a request SreBot can make, so nothing was requested.";

    public const string ElsewhereRefusal = "This button belongs to an investigation that was not made in this conversation, so nothing was requested. Investigate here first.";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, ChatCaller caller, JsonElement data, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(caller);
        if (!TryRead(data, out var resourceId, out var instanceCount, out var traceId))
        {
            await RefuseAsync(caller, null, "card request: data not a valid request", cancellationToken);
            return InvokeResponse.Message(InvalidRefusal);
        }

        var tool = instanceCount is null ? ResourceRestartTool.Name : ResourceScaleTool.Name;
        var trace = await traces.GetInThreadAsync(turn.Conversation.ThreadId, traceId, cancellationToken);
        if (trace is null || !SameResource(trace.ResourceId, resourceId))
        {
            await RefuseAsync(caller, tool, "card request: trace not recorded in this conversation for this resource", cancellationToken);
            return InvokeResponse.Message(ElsewhereRefusal);
        }

        // Roles Entra could not give are not a refusal by the call path: say why nothing can be requested now.
        if (caller.RolesUnavailable is { } unavailable)
        {
            return InvokeResponse.Message(unavailable);
        }

        await using var session = await sessions.OpenAsync(caller.ToPrincipal(), cancellationToken);
        var refusal = await requests.RequestAsync(turn, session.Client, caller, resourceId.Display, instanceCount, ReasonFrom(trace), MotivationFrom(trace), cancellationToken);
        return InvokeResponse.Message(refusal is null ? Requested : $"Not requested: {refusal}");
    }

    /// <summary>The reason the request gives: the "because …" of the trace's suggested action, else its conclusion or first finding.</summary>
    public static string ReasonFrom(InvestigationTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var reason = trace.Conclusion is { } conclusion && conclusion.LastIndexOf(" because ", StringComparison.Ordinal) is var at and >= 0
            ? conclusion[(at + " because ".Length)..]
            : trace.Conclusion ?? (trace.Findings.Count > 0 ? trace.Findings[0] : null) ?? "the investigation's conclusion";
        reason = $"{reason.Trim().TrimEnd('.')} (investigation {trace.Id})";
        return reason.Length <= MaxReasonLength ? reason : string.Concat(reason.AsSpan(0, MaxReasonLength - 1), "…");
    }

    /// <summary>The finding shown to approvers: the investigation's diagnosis sentence (its first finding), else its conclusion.</summary>
    public static string? MotivationFrom(InvestigationTrace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        return trace.Findings.FirstOrDefault(f => !string.IsNullOrWhiteSpace(f)) ?? trace.Conclusion;
    }

    private static bool TryRead(JsonElement data, out ResourceId resourceId, out int? instanceCount, out string traceId)
    {
        resourceId = null!;
        instanceCount = null;
        traceId = string.Empty;
        if (Text(data, RemediationVerbs.ResourceIdKey) is not { } id || !ResourceId.TryParse(id, out var parsed, out _) || parsed.Kind != ResourceIdKind.Resource
            || Text(data, RemediationVerbs.TraceIdKey) is not { Length: > 0 and <= 64 } trace)
        {
            return false;
        }

        resourceId = parsed;
        traceId = trace;
        switch (Text(data, RemediationVerbs.ActionKey))
        {
            case RemediationVerbs.RestartAction:
                return !data.TryGetProperty(RemediationVerbs.InstanceCountKey, out _);
            case RemediationVerbs.ScaleAction:
                if (Text(data, RemediationVerbs.InstanceCountKey) is { Length: > 0 and <= 3 } digits && digits.All(char.IsAsciiDigit)
                    && int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) is var count and >= ScaleLimits.MinInstanceCount and <= ScaleLimits.MaxInstanceCount)
                {
                    instanceCount = count;
                    return true;
                }

                return false;
            default:
                return false;
        }
    }

    private static string? Text(JsonElement data, string key)
        => data.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static bool SameResource(string? traced, ResourceId clicked)
        => ResourceId.TryParse(traced, out var id, out _) && id.Equals(clicked);

    private Task RefuseAsync(ChatCaller caller, string? tool, string detail, CancellationToken cancellationToken)
        => audit.RecordAsync(ApprovalAuditEvents.Refused, caller.Identity.UserId, tool, null, AuditDecisions.Deny, AuditOutcomes.Refused, detail, cancellationToken);
}
