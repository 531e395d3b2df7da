using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>The Entra issuers of single-tenant and managed-identity bots are accepted only for the configured tenant.</summary>
public sealed class BotTokenIssuerTests : IAsyncLifetime
{
    private const string Tenant = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    private const string OtherTenant = "11111111-2222-4333-8444-555555555555";

    private OpenIdTestServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenIdTestServer.StartAsync(TestContext.Token);

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0")]
    [InlineData("https://sts.windows.net/" + Tenant + "/")]
    [InlineData(BotConnectorDefaults.Issuer)]
    public async Task WithTenantConfigured_ItsEntraIssuersAndTheBotFrameworkIssuer_AreAccepted(string issuer)
    {
        await using var bot = BotAuthenticatorHarness.Create(_server, new Dictionary<string, string?> { ["Bot:TenantId"] = Tenant });

        var result = await bot.ValidateAsync(bot.Tokens.Mint(_server.TeamsKey, d => d.Issuer = issuer), TestContext.Token);

        Assert.True(result.IsValid);
    }

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + OtherTenant + "/v2.0")]
    [InlineData("https://sts.windows.net/" + OtherTenant + "/")]
    public async Task EntraIssuerOfAnotherTenant_Is401(string issuer)
    {
        await using var bot = BotAuthenticatorHarness.Create(_server, new Dictionary<string, string?> { ["Bot:TenantId"] = Tenant });

        var result = await bot.ValidateAsync(bot.Tokens.Mint(_server.TeamsKey, d => d.Issuer = issuer), TestContext.Token);

        Assert.Equal(BotAuthenticationFailureReason.WrongIssuer, result.FailureReason);
    }

    [Fact]
    public async Task WithoutTenant_EntraIssuers_Are401()
    {
        await using var bot = BotAuthenticatorHarness.Create(_server);

        var result = await bot.ValidateAsync(bot.Tokens.Mint(_server.TeamsKey, d => d.Issuer = $"https://login.microsoftonline.com/{Tenant}/v2.0"), TestContext.Token);

        Assert.Equal(BotAuthenticationFailureReason.WrongIssuer, result.FailureReason);
    }

    [Fact]
    public async Task ConfiguredIssuerList_ReplacesTheDefaults()
    {
        await using var bot = BotAuthenticatorHarness.Create(_server, new Dictionary<string, string?> { ["Bot:AllowedIssuers:0"] = "https://issuer.example/" });

        Assert.True((await bot.ValidateAsync(bot.Tokens.Mint(_server.TeamsKey, d => d.Issuer = "https://issuer.example/"), TestContext.Token)).IsValid);
        Assert.Equal(BotAuthenticationFailureReason.WrongIssuer, (await bot.ValidateAsync(bot.Tokens.Mint(_server.TeamsKey), TestContext.Token)).FailureReason);
    }
}
