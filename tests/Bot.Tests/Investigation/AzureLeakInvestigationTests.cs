using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Investigation;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure.Seeds;
using SreBot.Shared.Conversations;
using SreBot.Shared.Estate.Diagnosis;
using SreBot.Shared.Estate.Sandbox.Scenarios;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Tests.Investigation;

/// <summary>
/// The investigation behind <c>investigate app-checkout-api</c> (<see cref="InvestigationRun"/>, every read through the MCP
/// call path) reaches the same diagnosis on Azure — the host configured with <c>Estate:Provider=Azure</c> at the fake,
/// seeded with the shop estate and the checkout leak in Azure's shapes — as on the Sandbox's CheckoutMemoryLeak scenario;
/// only the Azure card links to the portal.
/// </summary>
public sealed class AzureLeakInvestigationTests
{
    [Fact]
    public async Task LeakingCheckoutApi_OnAzure_HasTheSameRootCauseCulpritAndRemediation_AsOnTheSandbox()
    {
        var scenario = new SandboxScenarioCatalog().Get(SandboxScenarioNames.CheckoutMemoryLeak);
        using var sandbox = new SreBotApp(new Dictionary<string, string?> { ["Estate:Sandbox:Scenario"] = scenario.Name });
        var (onSandbox, sandboxSummary, sandboxCard) = await InvestigateAsync(sandbox);

        var world = FakeAzureSettings.LeakingShop();
        using var azure = new SreBotApp(FakeAzureSettings.For(world));
        var (onAzure, azureSummary, azureCard) = await InvestigateAsync(azure);

        Assert.Equal(scenario.ExpectedFinding.Remediation, onSandbox.RemediationKind);
        Assert.Equal(RemediationKind.Restart, onAzure.RemediationKind);
        Assert.Equal(scenario.ExpectedFinding.Resource?.Name, onAzure.Conclusion?.Remediation?.ResourceName);
        Assert.Equal(onSandbox.Conclusion?.Kind, onAzure.Conclusion?.Kind);
        Assert.Equal(onSandbox.RootCause, onAzure.RootCause);
        Assert.Equal(onSandbox.SuggestedAction, onAzure.SuggestedAction);
        Assert.Equal(onSandbox.Confidence, onAzure.Confidence);
        Assert.Equal(onSandbox.Findings.Select(f => f.Kind).Order(StringComparer.Ordinal), onAzure.Findings.Select(f => f.Kind).Order(StringComparer.Ordinal));

        Assert.True(sandboxSummary.Simulated);
        Assert.False(azureSummary.Simulated);
        Assert.Equal("Degraded", azureSummary.HealthState);
        var checkout = ShopEstate.CheckoutApiId(world);
        Assert.Empty(Cards.CardJsonWalker.ObjectsOfType(sandboxCard, "Action.OpenUrl"));
        var portal = Assert.Single(Cards.CardJsonWalker.ObjectsOfType(azureCard, "Action.OpenUrl"));
        Assert.Equal("https://portal.azure.com/#resource" + azureSummary.ResourceId, (string?)portal["url"]);
        Assert.All([sandboxCard, azureCard], card => Assert.Contains(Cards.CardJsonWalker.ObjectsOfType(card, "Action.Execute"), a => (string?)a["title"] == "Request restart"));
        Assert.Contains(world.Requests, r => r.Method == "POST" && r.Path.Equals($"/v1{checkout}/query", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(world.Requests, r => r.Path.Equals($"{checkout}/providers/Microsoft.Insights/metrics", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(world.Requests, r => r.Path.Contains($"/resourceGroups/{ShopEstate.Other}/", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Investigates the checkout API as a plan acting as its own reader principal, into a remembered channel's thread.</summary>
    private static async Task<(Bot.Investigation.Analyzers.Diagnosis Diagnosis, InvestigationSummary Summary, System.Text.Json.Nodes.JsonNode Card)> InvestigateAsync(SreBotApp app)
    {
        var channel = new ConversationReference("msteams", "https://smba.trafficmanager.net/emea/", "19:incidents@thread.tacv2", "channel", "tenant-1");
        await app.Services.GetRequiredService<IConversationStore>().RememberChannelConversationAsync(new ChannelConversation("19:team@thread.tacv2", channel.ConversationId, channel), TestContext.Token);
        var actor = new CallerIdentity("plan:leak-check", new HashSet<string> { Roles.Reader }, "schedule");

        var run = await app.Services.GetRequiredService<InvestigationRun>().RunAsync(actor, ShopEstate.CheckoutApi, channel.ThreadId, TestContext.Token);

        Assert.True(run.Summary is not null, run.Problem);
        Assert.NotNull(run.Diagnosis);
        return (run.Diagnosis, run.Summary, System.Text.Json.Nodes.JsonNode.Parse(run.Card.GetRawText())!);
    }
}
