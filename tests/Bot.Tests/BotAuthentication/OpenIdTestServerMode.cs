namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>How <see cref="OpenIdTestServer"/> answers metadata and key requests.</summary>
public enum OpenIdTestServerMode
{
    /// <summary>Valid OpenID configuration and JWKS.</summary>
    Serving,

    /// <summary>HTTP 500 for both documents.</summary>
    ServerError,

    /// <summary>HTTP 200 with a body that is not JSON.</summary>
    Garbage,

    /// <summary>Valid JSON, but the JWKS has no keys.</summary>
    EmptyKeySet,
}
