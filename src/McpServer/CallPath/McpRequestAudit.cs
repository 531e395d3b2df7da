using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SreBot.McpServer.Identity;
using SreBot.Shared.Audit;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// Records every incoming MCP request (initialize, tools/list, ping, ...) before it is handled.
/// <c>tools/call</c> is recorded by <see cref="ToolCallPath"/> instead, so a tool call has exactly one record; a
/// malformed one is refused here, through <see cref="ToolCallPath.RefuseMalformedAsync"/>, before the SDK reads it.
/// </summary>
public sealed partial class McpRequestAudit(ICallerIdentityResolver identities, IAuditLog audit, ToolCallPath toolCalls, ILogger<McpRequestAudit> logger)
{
    public async Task InvokeAsync(MessageContext context, McpMessageHandler next, CancellationToken cancellationToken)
    {
        // A malformed tools/call never reaches the SDK's parameter binding (which would answer -32603 with no record).
        if (context.JsonRpcMessage is JsonRpcRequest { Method: RequestMethods.ToolsCall } call && ToolCallParamsCheck.Problem(call.Params) is { } problem)
        {
            throw await toolCalls.RefuseMalformedAsync(context.User, call.Params, problem, cancellationToken);
        }

        if (context.JsonRpcMessage is JsonRpcRequest { Method: not RequestMethods.ToolsCall } request)
        {
            var caller = await identities.ResolveAsync(context.User, cancellationToken);
            try
            {
                await audit.RecordAsync(AuditEventTypes.McpRequest, caller?.UserId, request.Method, null, AuditDecisions.None, AuditOutcomes.Received, null, cancellationToken);
            }
            catch (AuditUnavailableException exception)
            {
                LogAuditUnavailable(logger, exception, AuditFieldLimits.Bound(request.Method, AuditFieldLimits.MaxToolNameLength)!);
                throw new McpProtocolException("The audit log is unavailable, so the request was refused.", McpErrorCode.InternalError);
            }
        }

        await next(context, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Audit log unavailable; refused MCP request {Method}")]
    private static partial void LogAuditUnavailable(ILogger logger, Exception exception, string method);
}
