using System.Net;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Connector;
using SreBot.Bot.Conversations;
using SreBot.Bot.Security;

namespace SreBot.Bot.Activities;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework endpoint. With <c>Bot:AppId</c> set: the Bot Connector token is checked
/// first (401), the body is read within a size limit (413) and parsed (400), then the token is matched against the
/// activity's serviceUrl and channel (403). In local mode (no app id) activities come without a token and are accepted only
/// from loopback, for a serviceUrl under <c>Bot:LocalServiceUrls</c> (the Playground's connector; the host refuses to start
/// in local mode on any address but loopback), and are rate-limited per conversation and sender (429 with Retry-After).
/// Nothing is processed before these checks pass; errors never carry a stack trace.
/// </summary>
public static class MessagesEndpoint
{
    public const string Path = "/api/messages";
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Set on the request when the bot endpoint refused it, for the access audit record.</summary>
    public const string FailureItem = "srebot.bot-auth-failure";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { MaxDepth = 32 };

    internal static WebApplication Map(WebApplication app)
    {
        app.MapPost(Path, HandleAsync).AllowAnonymous();
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IOptions<BotOptions> options,
        BotConnectorAuthenticator authenticator,
        ServiceUrlPolicy serviceUrls,
        LocalChatRateLimiter localLimits,
        SreBotActivityHandler handler,
        CancellationToken cancellationToken)
    {
        BotTokenValidationResult? token = null;
        if (!options.Value.IsLocalMode)
        {
            token = await authenticator.ValidateTokenAsync(http.Request.Headers.Authorization.ToString(), cancellationToken);
            if (!token.IsValid)
            {
                return Refuse(http, token.StatusCode, token.FailureReason.ToString(), "The request does not carry a valid Bot Connector token.");
            }
        }

        var body = await ReadBodyAsync(http.Request, cancellationToken);
        if (body is null)
        {
            return Results.Problem($"The request body is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (!TryParse(body, out var activity, out var problem))
        {
            return Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest, title: "Malformed activity");
        }

        if (token is not null)
        {
            var check = authenticator.CheckActivity(token, activity.ServiceUrl, activity.ChannelId);
            if (!check.IsAllowed)
            {
                return Refuse(http, check.StatusCode, check.FailureReason.ToString(), "The token does not match this activity's service or channel.");
            }
        }
        else if (!LoopbackAddresses.IsLoopbackUrl(activity.ServiceUrl) || !IsLoopbackCaller(http))
        {
            return Refuse(http, StatusCodes.Status403Forbidden, "LocalModeNotLoopback", "Without Bot:AppId only loopback callers with a loopback serviceUrl are served.");
        }
        else if (!serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            return Refuse(http, StatusCodes.Status403Forbidden, "LocalModeServiceUrlNotListed", "Without Bot:AppId only activities from the local connector in Bot:LocalServiceUrls are served.");
        }

        // Local mode: one bucket per conversation and sender (all local activities share the loopback address).
        using var lease = token is null ? localLimits.Acquire(activity.Conversation!.Id, activity.From!.Id!) : null;
        if (lease is { IsAcquired: false })
        {
            var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
            http.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Results.Problem($"Slow down; try again in {retryAfter} s.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
        }

        var response = await handler.HandleAsync(activity, cancellationToken);
        return response is null ? Results.Ok() : Results.Json(response.Body, statusCode: response.Status);
    }

    private static IResult Refuse(HttpContext http, int status, string reason, string detail)
    {
        http.Items[FailureItem] = reason;
        return Results.Problem(detail, statusCode: status);
    }

    // Null when the body exceeds the limit; read in full otherwise (the limit is small).
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static bool TryParse(byte[] body, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Activity? activity, out string problem)
    {
        activity = null;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, Json);
        }
        catch (JsonException)
        {
            problem = "The body is not a well-formed activity (JSON syntax, types or nesting deeper than 32).";
            return false;
        }

        problem = activity switch
        {
            null => "The body is empty.",
            { Type: null or "" } => "The activity has no type.",
            { Conversation.Id: null or "" } => "The activity has no conversation id.",
            { ServiceUrl: null or "" } => "The activity has no serviceUrl.",
            { ChannelId: null or "" } => "The activity has no channelId.",
            { From.Id: null or "" } => "The activity has no sender.",
            _ => string.Empty,
        };
        return problem.Length == 0;
    }

    private static bool IsLoopbackCaller(HttpContext http)
        => http.Connection.RemoteIpAddress is not { } address || IPAddress.IsLoopback(address);
}
