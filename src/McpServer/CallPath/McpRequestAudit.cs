using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SreBot.McpServer.Identity;
using SreBot.Shared.Audit;
using SreBot.Shared.Diagnostics;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// Records every incoming MCP request (initialize, tools/list, ping, ...) before it is handled.
/// <c>tools/call</c> is recorded by <see cref="ToolCallPath"/> instead, so a tool call has exactly one record.
/// </summary>
public sealed partial class McpRequestAudit(ICallerIdentityResolver identities, IAuditLog audit, ILogger<McpRequestAudit> logger)
{
    public async Task InvokeAsync(MessageContext context, McpMessageHandler next, CancellationToken cancellationToken)
    {
        if (context.JsonRpcMessage is JsonRpcRequest { Method: not RequestMethods.ToolsCall } request)
        {
            var caller = await identities.ResolveAsync(context.User, cancellationToken);
            try
            {
                await audit.AppendAsync(
                    new AuditEntry(AuditEventTypes.McpRequest, caller?.UserId, request.Method, null, AuditDecisions.None, "received", CorrelationId.Current()),
                    cancellationToken);
            }
            catch (AuditUnavailableException exception)
            {
                LogAuditUnavailable(logger, exception, request.Method);
                throw new McpProtocolException("The audit log is unavailable, so the request was refused.", McpErrorCode.InternalError);
            }
        }

        await next(context, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Audit log unavailable; refused MCP request {Method}")]
    private static partial void LogAuditUnavailable(ILogger logger, Exception exception, string method);
}
