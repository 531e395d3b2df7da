using Microsoft.Extensions.Options;

namespace SreBot.Bot.Security;

/// <summary>
/// Refuses requests whose <c>Origin</c> is neither this server's own nor configured (403).
/// Requests without an <c>Origin</c> header (IDEs, CLIs, the Bot Connector) are not browser cross-origin calls and pass.
/// </summary>
public sealed class OriginCheckMiddleware(RequestDelegate next, IOptions<SecurityOptions> options)
{
    private readonly HashSet<string> _allowed = options.Value.AllowedOrigins
        .Select(o => o.TrimEnd('/'))
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    public Task InvokeAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length == 0 || IsAllowed(origin, context.Request))
        {
            return next(context);
        }

        return Problems.Write(context, StatusCodes.Status403Forbidden, "Origin not allowed", "Requests from this origin are not allowed.");
    }

    private bool IsAllowed(string origin, HttpRequest request)
        => _allowed.Contains(origin.TrimEnd('/'))
           || string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
}
