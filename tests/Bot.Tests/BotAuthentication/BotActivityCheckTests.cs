using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Tests.Infrastructure;
using Reason = SreBot.Bot.Activities.Authentication.BotAuthenticationFailureReason;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>SECURITY.md, bot endpoint: a valid token only vouches for activities of its service URL and of channels its key is endorsed for (else 403).</summary>
public sealed class BotActivityCheckTests : BotAuthenticatorTestBase
{
    [Theory]
    [InlineData(BotTokenMinter.ServiceUrl, "msteams")]
    [InlineData(BotTokenMinter.ServiceUrl, "emulator")]
    [InlineData("https://SMBA.TrafficManager.net/amer/", "msteams")]
    public async Task ActivityMatchingItsToken_IsAllowed(string activityServiceUrl, string channelId)
    {
        var token = await ValidTokenAsync(Server.TeamsKey);

        var check = Bot.Authenticator.CheckActivity(token, activityServiceUrl, channelId);

        Assert.True(check.IsAllowed);
        Assert.Equal(200, check.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/amer/")]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://smba.trafficmanager.net/amer/evil")]
    [InlineData("https://smba.trafficmanager.net/amer/?next=evil")]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/")]
    [InlineData("https://smba.trafficmanager.net@evil.example/amer/")]
    [InlineData("https://smba.trafficmanager.net:8443/amer/")]
    [InlineData("http://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/#x")]
    [InlineData("smba.trafficmanager.net/amer/")]
    [InlineData("")]
    [InlineData(null)]
    public async Task ServiceUrlClaimOtherThanTheActivitysServiceUrl_Is403(string? activityServiceUrl)
    {
        var token = await ValidTokenAsync(Server.TeamsKey);

        AssertForbidden(Bot.Authenticator.CheckActivity(token, activityServiceUrl, "msteams"), Reason.ServiceUrlMismatch);
    }

    [Fact]
    public async Task TokenWithoutServiceUrlClaim_Is403()
    {
        var result = await Bot.ValidateAsync(Bot.Tokens.Mint(Server.TeamsKey, d => d.Claims.Remove(BotConnectorDefaults.ServiceUrlClaim)), TestContext.Token);
        Assert.True(result.IsValid);

        AssertForbidden(Bot.Authenticator.CheckActivity(result, BotTokenMinter.ServiceUrl, "msteams"), Reason.ServiceUrlMismatch);
    }

    [Fact]
    public async Task TokenAndActivityAgreeingOnAServiceUrlOutsideTheAllowlist_Is403()
    {
        const string outside = "https://evil.example/amer/";
        var result = await Bot.ValidateAsync(Bot.Tokens.Mint(Server.TeamsKey, d => d.Claims[BotConnectorDefaults.ServiceUrlClaim] = outside), TestContext.Token);

        AssertForbidden(Bot.Authenticator.CheckActivity(result, outside, "msteams"), Reason.ServiceUrlNotAllowed);
    }

    [Fact]
    public async Task KeyNotEndorsedForTheActivitysChannel_Is403()
    {
        var token = await ValidTokenAsync(Server.SkypeKey);

        AssertForbidden(Bot.Authenticator.CheckActivity(token, BotTokenMinter.ServiceUrl, "msteams"), Reason.ChannelNotEndorsed);
        Assert.True(Bot.Authenticator.CheckActivity(token, BotTokenMinter.ServiceUrl, "skype").IsAllowed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("webchat")]
    [InlineData("msteams ")]
    public async Task ChannelIdMissingOrNotEndorsed_Is403(string? channelId)
    {
        var token = await ValidTokenAsync(Server.TeamsKey);

        AssertForbidden(Bot.Authenticator.CheckActivity(token, BotTokenMinter.ServiceUrl, channelId), Reason.ChannelNotEndorsed);
    }

    [Fact]
    public async Task RefusedToken_IsNeverAllowed_AndStays401()
    {
        var refused = await Bot.Authenticator.ValidateTokenAsync(null, TestContext.Token);

        var check = Bot.Authenticator.CheckActivity(refused, BotTokenMinter.ServiceUrl, "msteams");

        Assert.False(check.IsAllowed);
        Assert.Equal(401, check.StatusCode);
        Assert.Equal(Reason.MissingToken, check.FailureReason);
    }

    private async Task<BotTokenValidationResult> ValidTokenAsync(TestSigningKey key)
    {
        var result = await Bot.ValidateAsync(Bot.Tokens.Mint(key), TestContext.Token);
        Assert.True(result.IsValid, $"precondition: token accepted, was {result.FailureReason}");
        return result;
    }

    private static void AssertForbidden(BotActivityCheckResult check, Reason reason)
    {
        Assert.False(check.IsAllowed);
        Assert.Equal(reason, check.FailureReason);
        Assert.Equal(403, check.StatusCode);
    }
}
