using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SreBot.McpServer.Identity;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Diagnostics;
using SreBot.Shared.Estate;
using SreBot.Shared.Identity;
using SreBot.Shared.Policy;
using SreBot.Shared.Serialization;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// The one path every tool call takes, whoever asks (IDE over HTTP or stdio, the bot's own agent, or an approved
/// action being carried out): identity → role → mode → scope → approval → provider → redaction → audit.
/// Exactly one <c>tool.call</c> audit record is written per call, durably, before the answer leaves.
/// </summary>
public sealed partial class ToolCallPath(
    ICallerIdentityResolver identities,
    IAgentStateStore agentState,
    IAuditLog audit,
    ApprovalRequester approvals,
    ILocalRoleStore localRoles,
    ToolRequestChecks requestChecks,
    ILogger<ToolCallPath> logger)
{
    public const int MaxReasonLength = 500;

    /// <summary>The MCP <c>tools/call</c> filter.</summary>
    public async ValueTask<CallToolResult> InvokeAsync(
        RequestContext<CallToolRequestParams> context,
        McpRequestHandler<CallToolRequestParams, CallToolResult> next,
        CancellationToken cancellationToken)
    {
        var caller = await identities.ResolveAsync(context.User, cancellationToken);
        var arguments = context.Params?.Arguments;
        if (context.MatchedPrimitive is not McpServerTool tool)
        {
            await RecordAsync(NewCall(context.Params?.Name ?? string.Empty, arguments, caller), AuditDecisions.Deny, AuditOutcomes.Refused, "UnknownTool", cancellationToken);
            return await next(context, cancellationToken);
        }

        return await RunAsync(
            caller, ToolDescriptors.From(tool), arguments, approvedId: null, token => next(context, token), cancellationToken,
            check: token => requestChecks.CheckAsync(tool.ProtocolTool, arguments, token));
    }

    /// <summary>
    /// Refuses a <c>tools/call</c> whose parameters are malformed (see <see cref="ToolCallParamsCheck"/>) before the SDK
    /// reads them: one <c>tool.call</c> refused record, then -32602 saying what is wrong.
    /// </summary>
    public async Task<McpProtocolException> RefuseMalformedAsync(
        ClaimsPrincipal? user, JsonNode? parameters, string problem, CancellationToken cancellationToken)
    {
        var caller = await identities.ResolveAsync(user, cancellationToken);
        var call = new CallRecord(
            ToolCallParamsCheck.NameOf(parameters) ?? string.Empty,
            ToolCallParamsCheck.ArgumentsHashOf(parameters) ?? ArgumentsHash.Compute(arguments: null),
            CorrelationId.Current(),
            caller?.UserId);
        await RecordAsync(call, AuditDecisions.Deny, AuditOutcomes.Refused, "InvalidParams", cancellationToken);
        return new McpProtocolException($"Invalid params: {problem}", McpErrorCode.InvalidParams);
    }

    /// <summary>
    /// Carries out an approved action as its requester (with the roles they hold now), through the same checks: if their role,
    /// the mode or the scope changed since the request, it is refused like any other call. The approval stage is satisfied by <paramref name="approvalId"/>.
    /// </summary>
    public ValueTask<CallToolResult> RunApprovedAsync(
        CallerIdentity requester,
        ToolDescriptor tool,
        IDictionary<string, JsonElement> arguments,
        string approvalId,
        Func<CancellationToken, ValueTask<CallToolResult>> provider,
        CancellationToken cancellationToken)
        => RunAsync(requester, tool, arguments, approvalId, provider, cancellationToken);

    /// <summary>
    /// A call by a caller SreBot has already identified to a tool that is not one of this server's own (an external MCP
    /// server's tool offered to the bot's agent): the same policy, approval, redaction and audit as any other call.
    /// </summary>
    public ValueTask<CallToolResult> RunAsCallerAsync(
        CallerIdentity caller,
        ToolDescriptor tool,
        IDictionary<string, JsonElement>? arguments,
        Func<CancellationToken, ValueTask<CallToolResult>> provider,
        CancellationToken cancellationToken)
        => RunAsync(caller, tool, arguments, approvedId: null, provider, cancellationToken);

    private async ValueTask<CallToolResult> RunAsync(
        CallerIdentity? caller,
        ToolDescriptor tool,
        IDictionary<string, JsonElement>? arguments,
        string? approvedId,
        Func<CancellationToken, ValueTask<CallToolResult>> provider,
        CancellationToken cancellationToken,
        Func<CancellationToken, ValueTask>? check = null)
    {
        var call = NewCall(tool.Name, arguments, caller);
        var scope = await agentState.GetScopeAsync(cancellationToken);
        var decision = PolicyEngine.Decide(new PolicyRequest(caller, tool, ToolDescriptors.TargetArguments(tool, arguments), scope));
        if (decision.IsDenied)
        {
            await RecordAsync(call, AuditDecisions.Deny, AuditOutcomes.Refused, decision.Denial.ToString(), cancellationToken);
            return ToolResults.Refusal(decision.Reason);
        }

        if (decision.Outcome == PolicyOutcome.RequireApproval && approvedId is null)
        {
            return await RequestApprovalAsync(call, caller!, arguments, decision, check, cancellationToken);
        }

        CallToolResult result;
        try
        {
            result = await provider(cancellationToken);
        }
        catch (McpProtocolException)
        {
            await RecordAsync(call, AuditDecisions.Allow, AuditOutcomes.Error, "ProtocolError", cancellationToken);
            throw;
        }
        catch (Exception exception) when (ModelSafeMessage(exception) is { } message)
        {
            result = ToolResults.Error(message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogToolFailed(logger, exception, AuditFieldLimits.Bound(call.Tool, AuditFieldLimits.MaxToolNameLength)!, call.CorrelationId);
            result = ToolResults.Error($"The tool failed. The error was logged with correlation id {call.CorrelationId}.");
        }

        result = ToolResultRedaction.Redact(result);
        await RecordAsync(call, AuditDecisions.Allow, result.IsError == true ? AuditOutcomes.Error : AuditOutcomes.Success, approvedId, cancellationToken);
        return result;
    }

    private async ValueTask<CallToolResult> RequestApprovalAsync(
        CallRecord call,
        CallerIdentity caller,
        IDictionary<string, JsonElement>? arguments,
        PolicyDecision decision,
        Func<CancellationToken, ValueTask>? check,
        CancellationToken cancellationToken)
    {
        var reason = arguments is not null && arguments.TryGetValue("reason", out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!.Trim()
            : string.Empty;
        if (reason.Length is 0 or > MaxReasonLength)
        {
            await RecordAsync(call, AuditDecisions.Deny, AuditOutcomes.Refused, "MissingReason", cancellationToken);
            return ToolResults.Refusal($"A change needs a 'reason' of 1 to {MaxReasonLength} characters for the approver.");
        }

        // Only a request that could run reaches an approver: arguments, ranges, and the target's existence and type.
        if (check is not null && await CheckRequestAsync(call, check, cancellationToken) is { } problem)
        {
            await RecordAsync(call, AuditDecisions.Deny, AuditOutcomes.Refused, "InvalidRequest", cancellationToken);
            return ToolResults.Refusal(problem);
        }

        // Which of the requester's roles the local role table grants: only those can be revoked before the action runs.
        var table = await localRoles.GetRolesAsync(caller.UserId, cancellationToken);
        var roles = caller.Roles.Order(StringComparer.Ordinal).ToList();
        var approval = await approvals.RequestAsync(
            new ApprovalRequest(call.Tool, CanonicalJson.Write(arguments), decision.Target!.Display, reason, caller.UserId, roles, [.. roles.Where(table.Contains)]),
            cancellationToken);
        await RecordAsync(call, AuditDecisions.Pending, AuditOutcomes.PendingApproval, approval.Id, cancellationToken);
        return ToolResults.PendingApproval(approval);
    }

    private async ValueTask<string?> CheckRequestAsync(CallRecord call, Func<CancellationToken, ValueTask> check, CancellationToken cancellationToken)
    {
        try
        {
            await check(cancellationToken);
            return null;
        }
        catch (Exception exception) when (ModelSafeMessage(exception) is { } message)
        {
            return message;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogToolFailed(logger, exception, call.Tool, call.CorrelationId);
            return $"The request could not be checked, so no approval was created. The error was logged with correlation id {call.CorrelationId}.";
        }
    }

    // Messages from these exceptions are written for callers: input validation and the provider-neutral estate errors
    // (not found, forbidden, throttled, unavailable).
    private static string? ModelSafeMessage(Exception exception) => exception switch
    {
        McpException mcp => mcp.Message,
        EstateException estate => estate.Message,
        ArgumentException argument => argument.Message,
        FormatException format => format.Message,
        JsonException => "The arguments could not be read.",
        _ => null,
    };

    private static CallRecord NewCall(string tool, IDictionary<string, JsonElement>? arguments, CallerIdentity? caller)
        => new(tool, ArgumentsHash.Compute(arguments), CorrelationId.Current(), caller?.UserId);

    private async Task RecordAsync(CallRecord call, string decision, string outcome, string? detail, CancellationToken cancellationToken)
    {
        try
        {
            await audit.RecordAsync(AuditEventTypes.ToolCall, call.UserId, call.Tool, call.ArgumentsHash, decision, outcome, detail, call.CorrelationId, cancellationToken);
        }
        catch (AuditUnavailableException exception)
        {
            LogAuditUnavailable(logger, exception, AuditFieldLimits.Bound(call.Tool, AuditFieldLimits.MaxToolNameLength)!, call.CorrelationId);
            throw new McpException("The audit log is unavailable, so the call was refused.");
        }
    }

    private sealed record CallRecord(string Tool, string ArgumentsHash, string CorrelationId, string? UserId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tool {Tool} failed (correlation {CorrelationId})")]
    private static partial void LogToolFailed(ILogger logger, Exception exception, string tool, string correlationId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Audit log unavailable; refused tool {Tool} (correlation {CorrelationId})")]
    private static partial void LogAuditUnavailable(ILogger logger, Exception exception, string tool, string correlationId);
}
