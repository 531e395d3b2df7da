namespace SreBot.Bot.Activities.Authentication;

/// <summary>Why an inbound activity was refused. Safe to put in an audit record: it names a class of failure, never token content.</summary>
public enum BotAuthenticationFailureReason
{
    None = 0,

    // 401: the token.
    MissingToken,
    MalformedToken,
    UnsupportedAlgorithm,
    UnknownSigningKey,
    InvalidSignature,
    WrongIssuer,
    WrongAudience,
    Expired,
    NotYetValid,
    InvalidLifetime,
    InvalidToken,
    MetadataUnavailable,
    NotConfigured,

    // 403: the activity does not match its valid token.
    ServiceUrlMismatch,
    ServiceUrlNotAllowed,
    ChannelNotEndorsed,
}
