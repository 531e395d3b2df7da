using Microsoft.AspNetCore.Http;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>Outcome of <see cref="BotConnectorAuthenticator.CheckActivity"/>: allowed, 403, or 401 when no valid token was given.</summary>
public sealed record BotActivityCheckResult(BotAuthenticationFailureReason FailureReason)
{
    public static readonly BotActivityCheckResult Allowed = new(BotAuthenticationFailureReason.None);

    public bool IsAllowed => FailureReason == BotAuthenticationFailureReason.None;

    public int StatusCode => FailureReason switch
    {
        BotAuthenticationFailureReason.None => StatusCodes.Status200OK,
        BotAuthenticationFailureReason.ServiceUrlMismatch or BotAuthenticationFailureReason.ServiceUrlNotAllowed or BotAuthenticationFailureReason.ChannelNotEndorsed => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status401Unauthorized,
    };
}
