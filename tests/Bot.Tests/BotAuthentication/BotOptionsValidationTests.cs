using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Bot.Activities;
using SreBot.Bot.Activities.Authentication;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>Section <c>Bot</c> is validated at start: a setting that would weaken or break authentication stops the host.</summary>
public sealed class BotOptionsValidationTests
{
    private const string AppId = "5f1d3c2b-8a7e-4b6d-9c0f-1e2d3c4b5a69";

    [Theory]
    [InlineData("my-bot")]
    [InlineData("5f1d3c2b8a7e4b6d9c0f1e2d3c4b5a69")]
    [InlineData("{5f1d3c2b-8a7e-4b6d-9c0f-1e2d3c4b5a69}")]
    public void NonGuidAppId_IsRejectedAtStart(string appId)
    {
        using var services = Services(new() { ["Bot:AppId"] = appId });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Bot:AppId", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(AppId)]
    public void AppIdGuidOrEmpty_IsAccepted(string? appId)
    {
        using var services = Services(new() { ["Bot:AppId"] = appId });

        services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(string.IsNullOrEmpty(appId), services.GetRequiredService<IOptions<BotOptions>>().Value.IsLocalMode);
    }

    [Theory]
    [InlineData("Bot:TenantId", "contoso.onmicrosoft.com")]
    [InlineData("Bot:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:OpenIdMetadataUrl", "/v1/.well-known/openidconfiguration")]
    [InlineData("Bot:AllowedIssuers:0", "http://api.botframework.com")]
    [InlineData("Bot:AllowedServiceUrls:0", "http://smba.trafficmanager.net/")]
    [InlineData("Bot:AllowedServiceUrls:0", "https://user@smba.trafficmanager.net/")]
    [InlineData("Bot:AllowedServiceUrls:0", "https://smba.trafficmanager.net/?x=1")]
    [InlineData("Bot:Admins:0", "ada@contoso.com")]
    [InlineData("Bot:LocalDefaultRoles:0", "root")]
    [InlineData("Bot:LocalServiceUrls:0", "https://smba.trafficmanager.net/")]
    [InlineData("Bot:LocalServiceUrls:0", "http://192.168.1.5:56150/_connector")]
    [InlineData("Bot:LocalServiceUrls:0", "http://localhost:56150/_connector?x=1")]
    public void UnsafeOrMalformedSetting_IsRejectedAtStart(string key, string value)
    {
        using var services = Services(new() { ["Bot:AppId"] = AppId, [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void Defaults_AreTheBotFrameworkIssuerTeamsAndReaderOperator()
    {
        var options = new BotOptions();

        Assert.Equal(BotConnectorDefaults.OpenIdMetadataUrl, options.OpenIdMetadataUrl);
        Assert.Equal([BotConnectorDefaults.Issuer], options.ResolveAllowedIssuers());
        Assert.Equal([BotConnectorDefaults.TeamsServiceUrl], options.ResolveAllowedServiceUrls());
        Assert.Equal(["reader", "operator"], options.ResolveLocalDefaultRoles());
    }

    [Fact]
    public void TenantId_AddsItsEntraIssuers()
    {
        var options = new BotOptions { TenantId = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d" };

        Assert.Equal(
            [BotConnectorDefaults.Issuer, "https://login.microsoftonline.com/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/v2.0", "https://sts.windows.net/9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d/"],
            options.ResolveAllowedIssuers());
    }

    [Fact]
    public void ConfiguredLists_ReplaceTheDefaults_InsteadOfAddingToThem()
    {
        using var services = Services(new()
        {
            ["Bot:AppId"] = AppId,
            ["Bot:AllowedIssuers:0"] = "https://issuer.example/",
            ["Bot:AllowedServiceUrls:0"] = "https://smba.infra.gcc.teams.microsoft.com/",
            ["Bot:LocalDefaultRoles:0"] = "reader",
        });

        var options = services.GetRequiredService<IOptions<BotOptions>>().Value;

        Assert.Equal(["https://issuer.example/"], options.ResolveAllowedIssuers());
        Assert.Equal(["https://smba.infra.gcc.teams.microsoft.com/"], options.ResolveAllowedServiceUrls());
        Assert.Equal(["reader"], options.ResolveLocalDefaultRoles());
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
        => new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging()
            .AddActivities()
            .BuildServiceProvider();
}
