using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Tests.Estate;

/// <summary><c>Estate:Provider</c> chooses the estate at start: the Sandbox by default; anything not built stops the host with a plain message.</summary>
public sealed class EstateProviderSwitchTests
{
    [Fact]
    public void Azure_StopsTheHostAtStart_SayingItIsNotBuiltYet()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Estate:Provider"] = "Azure" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("Estate:Provider 'Azure' is not built yet", error.Message, StringComparison.Ordinal);
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
