using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.AgentAccess;

namespace SreBot.Bot.Tests.Estate;

/// <summary>
/// <c>Agent:Subscription</c> and <c>Agent:ResourceGroups</c> are exactly what the operator configures; the Sandbox's own
/// subscription and groups apply only when nothing is configured and the Sandbox is the estate. Azure without them stops at start.
/// </summary>
public sealed class AgentScopeConfigurationTests
{
    [Fact]
    public async Task ConfiguredResourceGroups_AreExactlyTheOnesConfigured_NotAddedToTheSandboxDefaults()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Agent:ResourceGroups:0"] = "rg-a" });

        Assert.Equal(["rg-a"], app.Services.GetRequiredService<IOptions<AgentOptions>>().Value.ResourceGroups);
        var scope = await app.Services.GetRequiredService<IAgentStateStore>().GetScopeAsync(TestContext.Token);
        Assert.Equal(["rg-a"], scope.ResourceGroups.Select(g => g.Name));
    }

    [Fact]
    public async Task NothingConfigured_OnTheSandbox_AssociatesTheSandboxGroups()
    {
        using var app = new SreBotApp();

        var options = app.Services.GetRequiredService<IOptions<AgentOptions>>().Value;
        Assert.Equal("11111111-1111-1111-1111-111111111111", options.Subscription);
        var scope = await app.Services.GetRequiredService<IAgentStateStore>().GetScopeAsync(TestContext.Token);
        Assert.Equal(["rg-shop-prod", "rg-shop-staging"], scope.ResourceGroups.Select(g => g.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Azure_WithNoResourceGroupConfigured_StopsTheHostAtStart()
    {
        using var app = new SreBotApp(new Dictionary<string, string?>
        {
            ["Estate:Provider"] = "Azure",
            ["Agent:Subscription"] = "22222222-2222-2222-2222-222222222222",
        });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("Agent:ResourceGroups needs at least one associated resource group", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_WithNoSubscriptionConfigured_StopsTheHostAtStart_RatherThanUsingTheSandboxOne()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Estate:Provider"] = "Azure", ["Agent:ResourceGroups:0"] = "rg-a" });

        var error = Assert.Throws<OptionsValidationException>(() => app.Services);

        Assert.Contains("Agent:Subscription", error.Message, StringComparison.Ordinal);
    }
}
