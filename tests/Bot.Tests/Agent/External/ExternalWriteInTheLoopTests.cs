using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Agent.External;

/// <summary>The agent loop treats an external write tool like SreBot's own: the model's request becomes a pending approval.</summary>
public sealed class ExternalWriteInTheLoopTests
{
    [Fact]
    public async Task ModelAsksForAnExternalWrite_ItBecomesAPendingApproval_WithACard_AndTheServerIsNotCalled()
    {
        await using var server = await LoopbackWriteServer.StartAsync();
        await using var host = await AgentHost.StartAsync(new Dictionary<string, string?>
        {
            ["McpServers:0:Name"] = "ops",
            ["McpServers:0:Url"] = server.McpEndpoint.ToString(),
            ["McpServers:0:Auth"] = "None",
            ["McpServers:0:AllowedTools:0"] = "app_restart",
            ["McpServers:0:WriteTools:0"] = "app_restart",
        });
        await host.App.SetModeAsync("Privileged");
        host.Model
            .Then(ScriptedReply.Call("ops__app_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "memory leak" }))
            .Then(ScriptedReply.Text("I asked the ops server for a restart; it waits for an approver."));

        await host.SendAsync("restart checkout through ops");

        var card = await host.Connector.NextAsync(a => a.Card is not null);
        await host.NextTextAsync();
        var approvals = await host.App.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>("/api/v1/approvals?status=Pending", TestContext.Token);
        var approval = Assert.Single(approvals.ValueKind == JsonValueKind.Array ? approvals.EnumerateArray() : approvals.GetProperty("items").EnumerateArray());
        Assert.Equal("external:ops/app_restart", approval.GetProperty("tool").GetString());
        Assert.Contains(approval.GetProperty("id").GetString()!, card.AllText, StringComparison.Ordinal);
        Assert.Contains("ops__app_restart", host.Model.Requests.First().ToolNames);
        Assert.Contains("NOT made", host.Model.Requests.ElementAt(1).ToolMessages.Single(), StringComparison.Ordinal);
        Assert.Empty(server.Calls);
    }
}
