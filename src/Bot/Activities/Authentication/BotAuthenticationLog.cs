using Microsoft.Extensions.Logging;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>Log messages of Bot Connector authentication. They name failure classes only: never a token, claim value or secret.</summary>
internal static partial class BotAuthenticationLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "Bot Connector token refused: {Reason}")]
    public static partial void TokenRefused(ILogger logger, BotAuthenticationFailureReason reason);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Error, Message = "Bot Connector OpenID metadata at {MetadataUrl} is unavailable; inbound activities are refused until it can be read")]
    public static partial void MetadataUnavailable(ILogger logger, string metadataUrl, Exception exception);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "Bot Connector token names a signing key not in the cached key set; a metadata refresh was requested")]
    public static partial void UnknownSigningKey(ILogger logger);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Bot activity refused: {Reason}")]
    public static partial void ActivityRefused(ILogger logger, BotAuthenticationFailureReason reason);
}
