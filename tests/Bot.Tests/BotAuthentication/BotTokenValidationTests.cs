using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Tests.Infrastructure;
using Reason = SreBot.Bot.Activities.Authentication.BotAuthenticationFailureReason;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>SECURITY.md, bot endpoint: every way a Bot Connector token can be wrong is a 401 with a named reason.</summary>
public sealed class BotTokenValidationTests : BotAuthenticatorTestBase
{
    [Fact]
    public async Task ValidToken_IsAccepted_WithItsIdentityAndTheSigningKeysEndorsements()
    {
        var result = await Bot.ValidateAsync(Bot.Tokens.Mint(Server.TeamsKey), TestContext.Token);

        Assert.True(result.IsValid);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(BotAuthenticatorHarness.AppId, result.Identity!.FindFirst("aud")!.Value);
        Assert.Equal(BotConnectorDefaults.Issuer, result.Identity.FindFirst("iss")!.Value);
        Assert.Equal(BotTokenMinter.ServiceUrl, result.ServiceUrl);
        Assert.Equal(["emulator", "msteams"], result.Endorsements.Order());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Bearer")]
    [InlineData("Bearer    ")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task MissingBearerToken_Is401_MissingToken(string? header)
    {
        var result = await Bot.Authenticator.ValidateTokenAsync(header, TestContext.Token);

        AssertRefused(result, Reason.MissingToken);
    }

    [Fact]
    public async Task GarbageToken_Is401_MalformedToken()
    {
        AssertRefused(await Bot.ValidateAsync("not-a-jwt", TestContext.Token), Reason.MalformedToken);
    }

    [Fact]
    public async Task TokenSignedByAKeyNotInTheKeySet_Is401()
    {
        using var stranger = new TestSigningKey("stranger-key", "msteams");

        AssertRefused(await Bot.ValidateAsync(Bot.Tokens.Mint(stranger), TestContext.Token), Reason.UnknownSigningKey);
    }

    [Fact]
    public async Task TokenNamingAPublishedKeyButSignedByAnother_Is401_InvalidSignature()
    {
        using var impostor = new TestSigningKey(Server.TeamsKey.KeyId, "msteams");

        AssertRefused(await Bot.ValidateAsync(Bot.Tokens.Mint(impostor), TestContext.Token), Reason.InvalidSignature);
    }

    [Fact]
    public async Task TokenWithATamperedPayload_Is401_InvalidSignature()
    {
        var parts = Bot.Tokens.Mint(Server.TeamsKey).Split('.');
        var otherPayload = Bot.Tokens.Mint(Server.TeamsKey, d => d.Claims[BotConnectorDefaults.ServiceUrlClaim] = "https://evil.example/").Split('.')[1];

        AssertRefused(await Bot.ValidateAsync($"{parts[0]}.{otherPayload}.{parts[2]}", TestContext.Token), Reason.InvalidSignature);
    }

    [Fact]
    public async Task UnsignedToken_AlgNone_Is401()
    {
        AssertRefused(await Bot.ValidateAsync(Bot.Tokens.MintUnsigned(), TestContext.Token), Reason.UnsupportedAlgorithm);
    }

    [Fact]
    public async Task Hs256Token_Is401_EvenWhenTheKeySetPublishesTheSymmetricKey()
    {
        var secret = new SymmetricSecurityKey(RandomNumberGenerator.GetBytes(32)) { KeyId = "hmac-key" };
        Server.Publish(secret);

        var token = Bot.Tokens.Mint(new SigningCredentials(secret, SecurityAlgorithms.HmacSha256));

        AssertRefused(await Bot.ValidateAsync(token, TestContext.Token), Reason.UnsupportedAlgorithm);
    }

    [Fact]
    public async Task Rs512Token_Is401_OnlyRs256IsAccepted()
    {
        var rs512 = new SigningCredentials(Server.TeamsKey.Credentials.Key, SecurityAlgorithms.RsaSha512);

        AssertRefused(await Bot.ValidateAsync(Bot.Tokens.Mint(rs512), TestContext.Token), Reason.UnsupportedAlgorithm);
    }

    [Theory]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example")]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/")]
    public async Task WrongIssuer_Is401(string issuer)
    {
        AssertRefused(await Bot.ValidateAsync(Bot.Tokens.Mint(Server.TeamsKey, d => d.Issuer = issuer), TestContext.Token), Reason.WrongIssuer);
    }

    [Theory]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("https://api.botframework.com")]
    [InlineData(null)]
    public async Task AudienceOtherThanTheAppId_Is401(string? audience)
    {
        var result = await Bot.ValidateAsync(Bot.Tokens.Mint(Server.TeamsKey, d => d.Audience = audience), TestContext.Token);

        AssertRefused(result, Reason.WrongAudience);
    }

    [Fact]
    public async Task ExpiredByMoreThanFiveMinutes_Is401_Expired()
    {
        var token = Bot.Tokens.Mint(Server.TeamsKey);
        Bot.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(2));

        AssertRefused(await Bot.ValidateAsync(token, TestContext.Token), Reason.Expired);
    }

    [Fact]
    public async Task ExpiredWithinFiveMinutesOfSkew_IsAccepted()
    {
        var token = Bot.Tokens.Mint(Server.TeamsKey);
        Bot.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(50));

        Assert.True((await Bot.ValidateAsync(token, TestContext.Token)).IsValid);
    }

    [Fact]
    public async Task NotValidForMoreThanFiveMinutesYet_Is401_NotYetValid()
    {
        var now = Bot.Time.GetUtcNow().UtcDateTime;
        var token = Bot.Tokens.Mint(Server.TeamsKey, d => (d.IssuedAt, d.NotBefore, d.Expires) = (now.AddMinutes(6), now.AddMinutes(6), now.AddHours(1)));

        AssertRefused(await Bot.ValidateAsync(token, TestContext.Token), Reason.NotYetValid);
    }

    [Fact]
    public async Task TokenWithoutExpiry_Is401()
    {
        AssertRefused(await Bot.ValidateAsync(Bot.Tokens.Mint(Server.TeamsKey, d => d.Expires = null), TestContext.Token), Reason.InvalidLifetime);
    }

    [Fact]
    public async Task LocalMode_WithoutAppId_RefusesEveryToken()
    {
        await using var local = BotAuthenticatorHarness.Create(Server, new Dictionary<string, string?> { ["Bot:AppId"] = "" });

        AssertRefused(await local.ValidateAsync(local.Tokens.Mint(Server.TeamsKey), TestContext.Token), Reason.NotConfigured);
    }

    private static void AssertRefused(BotTokenValidationResult result, Reason reason)
    {
        Assert.False(result.IsValid);
        Assert.Equal(reason, result.FailureReason);
        Assert.Equal(401, result.StatusCode);
        Assert.Null(result.Identity);
        Assert.Empty(result.Endorsements);
    }
}
