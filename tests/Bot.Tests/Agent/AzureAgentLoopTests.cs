using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure.Seeds;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Agent;

/// <summary>The agent loop on Azure data: the same tools and investigation as on the Sandbox, answered from the fake Azure and not called simulated.</summary>
public sealed class AzureAgentLoopTests
{
    [Fact]
    public async Task Investigation_OnAzure_FindsTheLeak_AndTheAnswerIsNotCalledSimulated()
    {
        var world = FakeAzureSettings.LeakingShop();
        await using var host = await AgentHost.StartAsync(FakeAzureSettings.For(world));
        host.Model
            .Then(ScriptedReply.Call("investigate", new { resource = ShopEstate.CheckoutApi }))
            .Then(ScriptedReply.Text("app-checkout-api is leaking memory; restarting it frees the memory."));

        await host.SendAsync("why is checkout failing?");

        var reply = await host.NextTextAsync();
        Assert.Contains("leaking memory", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulated", reply.Text, StringComparison.OrdinalIgnoreCase);
        var investigation = host.Model.Requests.ElementAt(1).ToolMessages[^1];
        Assert.Contains("srebot:investigate", investigation, StringComparison.Ordinal);
        Assert.Contains("restart app-checkout-api because memory leak", investigation, StringComparison.Ordinal);
        Assert.DoesNotContain("Sandbox estate is in use", host.Model.Requests.First().Body.GetRawText(), StringComparison.Ordinal);
        var toolCalls = await host.AuditAsync(AuditEventTypes.ToolCall);
        Assert.Contains(toolCalls, r => r.Tool == "metrics_query" && r.Decision == AuditDecisions.Allow);
        Assert.Contains(world.Requests, r => r.Path.EndsWith("/providers/Microsoft.Insights/metrics", StringComparison.OrdinalIgnoreCase));
    }
}
