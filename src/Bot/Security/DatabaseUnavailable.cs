using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Security;

/// <summary>
/// A call that failed because the database cannot be reached just now (PostgreSQL stopped, restarting or failing over;
/// the audit log unwritable): answered 503 with a plain problem and <c>Retry-After</c>, never the exception's text. The one
/// place that decides it, for the exception handler's status, its problem body and the access audit.
/// </summary>
public static class DatabaseUnavailable
{
    public const string Title = "The database is unavailable";

    public const string Detail = "SreBot cannot reach its database just now. Try again in a few seconds.";

    /// <summary>Seconds a client should wait before it tries again.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>True when <paramref name="exception"/> (or one it wraps) says the database is out of reach, not that the call was wrong.</summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // Npgsql reports a socket it could not open or lost as a transient NpgsqlException; a bare SocketException is another
            // service's (Azure, the Bot Connector), not the database's.
            if (e is AuditUnavailableException or NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Writes the 503 problem itself, for a response that is refused after its endpoint ran (its record could not be written).</summary>
    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = Title, Detail = Detail },
        });
    }

    /// <summary>The exception handler's problem for such a failure: the plain title and detail, and when to retry.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status503ServiceUnavailable || !Is(context.Exception))
        {
            return;
        }

        context.ProblemDetails.Title = Title;
        context.ProblemDetails.Detail = Detail;
        context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
