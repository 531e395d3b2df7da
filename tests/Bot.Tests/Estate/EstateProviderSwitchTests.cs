using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Tests.Estate;

/// <summary><c>Estate:Provider</c> chooses the estate at start: the Sandbox by default; Azure or anything unknown or misconfigured stops the host with a plain message.</summary>
public sealed class EstateProviderSwitchTests
{
    [Fact]
    public void Azure_WithAPlainHttpEndpoint_StopsTheHostAtStart()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Estate:Provider"] = "Azure", ["Estate:Azure:ResourceManagerEndpoint"] = "http://127.0.0.1:1/" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("Estate:Azure:ResourceManagerEndpoint must be an absolute https URL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_IsChosen_AndItsAnswersSayTheyAreReadFromAzure()
    {
        using var app = new SreBotApp(new Dictionary<string, string?>
        {
            ["Estate:Provider"] = "azure",
            ["Agent:Subscription"] = "22222222-2222-2222-2222-222222222222",
            ["Agent:ResourceGroups:0"] = "rg-shop-prod",
        });

        Assert.Equal("azure", app.Estate.Provenance.Provider);
        Assert.False(app.Estate.Provenance.Simulated);
        Assert.DoesNotContain(app.Services.GetServices<IPersonalDataSource>(), s => s.GetType().Name == "SandboxOperationPersonalData");
    }

    [Fact]
    public void AnUnknownProvider_StopsTheHostAtStart_ListingTheValidValues()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Estate:Provider"] = "Simulator" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("'Simulator' is not an estate provider. Valid values: Sandbox, Azure", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Sandbox")]
    [InlineData("sandbox")]
    public void Sandbox_IsTheDefault_WithItsPersonalDataSource(string? provider)
    {
        using var app = new SreBotApp(provider is null ? null : new Dictionary<string, string?> { ["Estate:Provider"] = provider });

        Assert.True(app.Estate.Provenance.Simulated);
        Assert.Contains(app.Services.GetServices<IPersonalDataSource>(), s => s.GetType().Name == "SandboxOperationPersonalData");
    }
}
