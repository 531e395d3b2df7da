using Microsoft.AspNetCore.Authentication;
using SreBot.Bot.Activities;
using SreBot.McpServer.Identity;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Security;

/// <summary>
/// Audits access to <c>/mcp</c> and <c>/api</c> at the HTTP level, durably before the response starts:
/// authentication failures (401) with a reason class, refusals (403, 429), and every <c>/api/v1</c> call.
/// Refusals go through <see cref="RefusalAggregator"/>: only the first from a source in a window is a record of its
/// own, the rest are counted. MCP requests that get past authentication are audited by the MCP call path instead.
/// If the record cannot be written the response fails rather than go out unaudited, except a 503 for a database out of
/// reach (<see cref="DatabaseUnavailable"/>): that refusal goes out with its reason, logged.
/// </summary>
public sealed partial class AccessAuditMiddleware(RequestDelegate next, IAuditLog audit, RefusalAggregator refusals, ILogger<AccessAuditMiddleware> logger)
{
    /// <summary>Set by an endpoint that erased its own caller: the access record then carries no user.</summary>
    public const string ActorErasedItem = "srebot.actor-erased";

    private const string RecordedItem = "srebot.access-recorded";

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments("/mcp") || path.StartsWithSegments("/api"))
        {
            // Responses written outside the endpoint (the exception handler's, say) are recorded as they start.
            context.Response.OnStarting(() => context.Items.ContainsKey(RecordedItem) ? Task.CompletedTask : RecordAsync(context));
        }

        return path.StartsWithSegments("/api") && !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
            ? BufferedAsync(context)
            : next(context);
    }

    // An API answer to a call that may change something is held until its record is written: when the database went away
    // after the endpoint acted but before the record, the caller gets the plain 503 instead of an aborted response
    // (headers cannot change once they are sent). Reads are not held: they change nothing, and some are large (an export
    // download) — a read whose record fails is aborted, as before.
    private async Task BufferedAsync(HttpContext context)
    {
        var body = context.Response.Body;
        await using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (!context.Response.HasStarted)
        {
            context.Items[RecordedItem] = true;
            try
            {
                await RecordAsync(context);
            }
            catch (Exception exception) when (DatabaseUnavailable.Is(exception))
            {
                LogUnauditedRefusal(logger, $"{context.Request.Method} {AuditedPath(context)}");
                context.Response.Clear();
                await DatabaseUnavailable.WriteAsync(context);
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    private async Task RecordAsync(HttpContext context)
    {
        var status = context.Response.StatusCode;
        var isApi = context.Request.Path.StartsWithSegments("/api");
        var refused = status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests;
        if (!isApi && !refused)
        {
            return;
        }

        var userId = context.Items.ContainsKey(ActorErasedItem) ? null : ClaimsCallerIdentityResolver.UserId(context.User);
        if (refused && !await refusals.AdmitAsync(userId, context.Connection.RemoteIpAddress?.ToString(), status, context.RequestAborted))
        {
            return; // counted in its source's window
        }

        var operation = $"{context.Request.Method} {AuditedPath(context)}";
        var (eventType, actor, decision, outcome, detail) = status switch
        {
            StatusCodes.Status401Unauthorized => (AuditEventTypes.AuthFailure, null, AuditDecisions.Deny, AuditOutcomes.Unauthenticated, FailureReason(context)),
            StatusCodes.Status403Forbidden => (AuditEventTypes.ApiCall, userId, AuditDecisions.Deny, AuditOutcomes.Forbidden, context.Items[MessagesEndpoint.FailureItem] as string),
            _ => (AuditEventTypes.ApiCall, userId, status < 400 ? AuditDecisions.Allow : AuditDecisions.None, $"status {status}", (string?)null),
        };
        try
        {
            await audit.RecordAsync(eventType, actor, operation, null, decision, outcome, detail, context.RequestAborted);
        }
        catch (Exception exception) when (status == StatusCodes.Status503ServiceUnavailable && DatabaseUnavailable.Is(exception))
        {
            // The call is already refused because the database (which holds the audit log) is out of reach: nothing was
            // done that needs a record, and failing the 503 too would leave the caller an empty error instead of the reason.
            LogUnauditedRefusal(logger, operation);
        }
    }

    private static string AuditedPath(HttpContext context)
        => context.GetEndpoint() is RouteEndpoint { RoutePattern.RawText: { } pattern } endpoint && endpoint.Metadata.GetMetadata<AuditRoutePattern>() is not null
            ? pattern
            : context.Request.Path.ToString();

    // The class of failure only (missing token, expired, bad signature...): never the token or claims.
    private static string FailureReason(HttpContext context)
    {
        if (context.Items[MessagesEndpoint.FailureItem] is string botFailure)
        {
            return botFailure;
        }

        var result = context.Features.Get<IAuthenticateResultFeature>()?.AuthenticateResult;
        if (result?.Failure is { } failure)
        {
            return failure.GetType().Name;
        }

        return context.Request.Headers.Authorization.Count == 0 ? "MissingToken" : "TokenNotAccepted";
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Database unavailable: {Operation} was answered 503 without an audit record")]
    private static partial void LogUnauditedRefusal(ILogger logger, string operation);
}
