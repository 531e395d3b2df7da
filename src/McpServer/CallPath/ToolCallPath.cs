using System.Text.Json;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SreBot.McpServer.Identity;
using SreBot.Shared.Agent;
using SreBot.Shared.Audit;
using SreBot.Shared.Diagnostics;
using SreBot.Shared.Estate;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// The one path every tool call takes, whoever asks (IDE over HTTP or stdio, or the bot's own agent):
/// identity → role → mode → scope → approval → provider → redaction → audit.
/// Exactly one audit record is written per call, and it is durable before the answer leaves.
/// </summary>
public sealed partial class ToolCallPath(
    ICallerIdentityResolver identities,
    IAgentStateStore agentState,
    IAuditLog audit,
    ILogger<ToolCallPath> logger)
{
    public async ValueTask<CallToolResult> InvokeAsync(
        RequestContext<CallToolRequestParams> context,
        McpRequestHandler<CallToolRequestParams, CallToolResult> next,
        CancellationToken cancellationToken)
    {
        var caller = await identities.ResolveAsync(context.User, cancellationToken);
        var call = new CallRecord(
            context.Params?.Name ?? string.Empty,
            ArgumentsHash.Compute(context.Params?.Arguments),
            CorrelationId.Current(),
            caller?.UserId);

        if (context.MatchedPrimitive is not McpServerTool tool)
        {
            await RecordAsync(call, AuditDecisions.Deny, "refused", "UnknownTool", cancellationToken);
            return await next(context, cancellationToken);
        }

        var descriptor = ToolDescriptors.From(tool.ProtocolTool);
        var scope = await agentState.GetScopeAsync(cancellationToken);
        var decision = PolicyEngine.Decide(new PolicyRequest(caller, descriptor, ToolDescriptors.TargetArguments(descriptor, context.Params?.Arguments), scope));

        switch (decision.Outcome)
        {
            case PolicyOutcome.Deny:
                await RecordAsync(call, AuditDecisions.Deny, "refused", decision.Denial.ToString(), cancellationToken);
                return ToolResults.Refusal(decision.Reason);
            case PolicyOutcome.RequireApproval:
                await RecordAsync(call, AuditDecisions.Deny, "refused", "ApprovalWorkflowUnavailable", cancellationToken);
                return ToolResults.Refusal("This change needs human approval, and the approval workflow is not available in this build; nothing was changed.");
        }

        CallToolResult result;
        try
        {
            result = await next(context, cancellationToken);
        }
        catch (McpProtocolException)
        {
            await RecordAsync(call, AuditDecisions.Allow, "error", "ProtocolError", cancellationToken);
            throw;
        }
        catch (Exception exception) when (ModelSafeMessage(exception) is { } message)
        {
            result = ToolResults.Error(message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogToolFailed(logger, exception, call.Tool, call.CorrelationId);
            result = ToolResults.Error($"The tool failed. The error was logged with correlation id {call.CorrelationId}.");
        }

        result = ToolResultRedaction.Redact(result);
        await RecordAsync(call, AuditDecisions.Allow, result.IsError == true ? "error" : "success", null, cancellationToken);
        return result;
    }

    // Messages from these exceptions are written for callers: input validation and "not found".
    private static string? ModelSafeMessage(Exception exception) => exception switch
    {
        McpException mcp => mcp.Message,
        EstateResourceNotFoundException notFound => notFound.Message,
        ArgumentException argument => argument.Message,
        FormatException format => format.Message,
        JsonException => "The arguments could not be read.",
        _ => null,
    };

    private async Task RecordAsync(CallRecord call, string decision, string outcome, string? detail, CancellationToken cancellationToken)
    {
        try
        {
            await audit.AppendAsync(
                new AuditEntry(AuditEventTypes.ToolCall, call.UserId, call.Tool, call.ArgumentsHash, decision, outcome, call.CorrelationId, detail),
                cancellationToken);
        }
        catch (AuditUnavailableException exception)
        {
            LogAuditUnavailable(logger, exception, call.Tool, call.CorrelationId);
            throw new McpException("The audit log is unavailable, so the call was refused.");
        }
    }

    private sealed record CallRecord(string Tool, string ArgumentsHash, string CorrelationId, string? UserId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Tool {Tool} failed (correlation {CorrelationId})")]
    private static partial void LogToolFailed(ILogger logger, Exception exception, string tool, string correlationId);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Audit log unavailable; refused tool {Tool} (correlation {CorrelationId})")]
    private static partial void LogAuditUnavailable(ILogger logger, Exception exception, string tool, string correlationId);
}
