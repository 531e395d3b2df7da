using SreBot.Bot.Tests.Agent;
using SreBot.EndToEnd.Tests.Playground;

namespace SreBot.EndToEnd.Tests.Agent;

/// <summary>
/// Issue 5's acceptance with an LLM: in the Playground, a free-form question to the real SreBot process runs the read
/// tools, and the model's restart proposal produces an approval card; nothing runs until someone approves.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class AgentPlaygroundTests(AgentPlaygroundFixture fixture) : IClassFixture<AgentPlaygroundFixture>
{
    private const string CheckoutApi = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api";

    [Fact]
    public async Task FreeFormQuestion_RunsTheReadTools_AndARestartProposal_BecomesAnApprovalCard_ThatWaits()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var token = timeout.Token;
        var client = fixture.Client;
        var chat = client.Config.PersonalChatId;
        await fixture.Admin.SetModeAsync("Privileged", token);
        fixture.Model
            .Then(ScriptedReply.Call("resource_health_get", new { resourceId = CheckoutApi }))
            .Then(ScriptedReply.Call("logs_search", new { resourceId = CheckoutApi, minimumLevel = "Error" }))
            .Then(ScriptedReply.Call("resource_restart", new { resourceId = CheckoutApi, reason = "OutOfMemoryException: memory leak" }))
            .Then(ScriptedReply.Text("app-checkout-api leaks memory (OutOfMemoryException). I asked for a restart; it waits for an approver."));
        var mark = client.Mark();

        await client.SendMessageAsync(chat, "why is checkout failing since 14:00?", mentionBot: false, token);

        var card = await client.WaitForBotMessageAsync(chat, mark, m => m.AdaptiveCards.Any(c => c["refresh"]?["action"]?["data"]?["approvalId"] is not null), "the approval card", token);
        // Streamed in the personal chat: the informative update creates the message, the final answer replaces it.
        var answer = await client.WaitForUpdateAsync(chat, mark, m => m.Text?.Contains("waits for an approver", StringComparison.Ordinal) == true, "the model's answer", token);
        var approvalId = ApprovalCardJson.ApprovalId(Assert.Single(card.AdaptiveCards));
        var approval = await fixture.Admin.GetApprovalAsync(approvalId, token);
        Assert.Equal("Pending", approval.GetProperty("status").GetString());
        Assert.Contains("Simulated", answer.Text, StringComparison.Ordinal);
        var created = client.EventsSince(mark).Where(e => e.Action == PlaygroundEvent.CreateMessage && e.ConversationId == chat && e.Message?.FromId == client.Config.BotId).ToList();
        Assert.Single(created, e => e.Message!.MessageId == answer.MessageId);
        Assert.DoesNotContain(created, e => e.Message!.Text?.Contains("waits for an approver", StringComparison.Ordinal) == true);
        Assert.Contains("AIGeneratedContent", answer.Json.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(4, fixture.Model.Requests.Count);
        var toolResults = fixture.Model.Requests.Last().ToolMessages;
        Assert.Contains(toolResults, m => m.Contains("srebot:resource_health_get", StringComparison.Ordinal));
        Assert.Contains(toolResults, m => m.Contains("srebot:logs_search", StringComparison.Ordinal));
        Assert.Contains(toolResults, m => m.Contains("pending_approval", StringComparison.Ordinal));
    }
}
