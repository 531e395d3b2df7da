using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>SECURITY.md, bot endpoint: without metadata and keys nothing is accepted; validation is never skipped.</summary>
public sealed class BotMetadataFailureTests
{
    [Fact]
    public async Task MetadataEndpointUnreachable_Is401_MetadataUnavailable()
    {
        await using var server = await OpenIdTestServer.StartAsync(TestContext.Token);
        await using var bot = BotAuthenticatorHarness.Create(server);
        var token = bot.Tokens.Mint(server.TeamsKey);
        await server.StopAsync();

        AssertFailsClosed(await bot.ValidateAsync(token, TestContext.Token));
    }

    [Theory]
    [InlineData(OpenIdTestServerMode.ServerError)]
    [InlineData(OpenIdTestServerMode.Garbage)]
    [InlineData(OpenIdTestServerMode.EmptyKeySet)]
    public async Task MetadataEndpointBroken_Is401_MetadataUnavailable(OpenIdTestServerMode mode)
    {
        await using var server = await OpenIdTestServer.StartAsync(TestContext.Token);
        await using var bot = BotAuthenticatorHarness.Create(server);
        server.Mode = mode;

        AssertFailsClosed(await bot.ValidateAsync(bot.Tokens.Mint(server.TeamsKey), TestContext.Token));
    }

    [Fact]
    public async Task AfterTheKeysWereRead_AnOutageKeepsValidatingWithTheCachedKeys()
    {
        await using var server = await OpenIdTestServer.StartAsync(TestContext.Token);
        await using var bot = BotAuthenticatorHarness.Create(server);
        Assert.True((await bot.ValidateAsync(bot.Tokens.Mint(server.TeamsKey), TestContext.Token)).IsValid);
        await server.StopAsync();
        using var stranger = new TestSigningKey("stranger-key", "msteams");

        Assert.True((await bot.ValidateAsync(bot.Tokens.Mint(server.TeamsKey), TestContext.Token)).IsValid);
        Assert.Equal(BotAuthenticationFailureReason.UnknownSigningKey, (await bot.ValidateAsync(bot.Tokens.Mint(stranger), TestContext.Token)).FailureReason);
        Assert.Equal(BotAuthenticationFailureReason.UnsupportedAlgorithm, (await bot.ValidateAsync(bot.Tokens.MintUnsigned(), TestContext.Token)).FailureReason);
    }

    [Fact]
    public async Task TokenFromANewlyPublishedKey_TriggersAKeyRefresh_AndIsAcceptedOnceRefreshed()
    {
        await using var server = await OpenIdTestServer.StartAsync(TestContext.Token);
        await using var bot = BotAuthenticatorHarness.Create(server);
        Assert.True((await bot.ValidateAsync(bot.Tokens.Mint(server.TeamsKey), TestContext.Token)).IsValid);
        using var rotated = new TestSigningKey("rotated-key", "msteams");
        server.Publish(rotated);
        var token = bot.Tokens.Mint(rotated);

        var first = await bot.ValidateAsync(token, TestContext.Token);
        await server.WaitForKeysRequestsAsync(2, TestContext.Token);

        Assert.Equal(BotAuthenticationFailureReason.UnknownSigningKey, first.FailureReason);
        Assert.True(await EventuallyValidAsync(bot, token), "the refreshed key set was never used");
    }

    // The configuration manager swaps in refreshed keys on a background task just after the key set is served,
    // so this polls (bounded) for that swap instead of guessing a delay.
    private static async Task<bool> EventuallyValidAsync(BotAuthenticatorHarness bot, string token)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if ((await bot.ValidateAsync(token, TestContext.Token)).IsValid)
            {
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(25), TestContext.Token);
        }

        return false;
    }

    private static void AssertFailsClosed(BotTokenValidationResult result)
    {
        Assert.False(result.IsValid);
        Assert.Equal(401, result.StatusCode);
        Assert.Equal(BotAuthenticationFailureReason.MetadataUnavailable, result.FailureReason);
    }
}
