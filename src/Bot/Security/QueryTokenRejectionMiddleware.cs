namespace SreBot.Bot.Security;

/// <summary>Tokens travel only in the Authorization header: a request that carries one in the query string is refused (400).</summary>
public sealed class QueryTokenRejectionMiddleware(RequestDelegate next)
{
    private static readonly string[] TokenParameters = ["access_token", "token", "id_token", "bearer", "authorization"];

    public Task InvokeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        return TokenParameters.Any(query.ContainsKey)
            ? Problems.Write(context, StatusCodes.Status400BadRequest, "Token in query string", "Send tokens in the Authorization header, never in the URL.")
            : next(context);
    }
}
