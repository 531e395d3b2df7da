using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Agent;
using SreBot.Bot.Conversations;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Agent;

/// <summary>
/// How an LLM answer reaches Teams: streamed in a personal chat (informative update, then the final message with the
/// stream's id), one message elsewhere; always with the AI label, citations to the tool results used, and feedback buttons;
/// typing repeated while the turn runs; feedback stored with the thread, redacted, audited without content.
/// </summary>
public sealed class AnswerConventionsTests
{
    private const string GroupChat = "19:group-chat@thread.v2";

    [Fact]
    public async Task PersonalChat_StreamsAnInformativeUpdate_ThenTheFinalMessage_WithTheStreamId_AILabel_CitationsAndFeedback()
    {
        await using var host = await AgentHost.StartAsync();
        host.Model
            .Then(ScriptedReply.Call("resource_health_get", new { resourceId = SandboxIds.CheckoutApi }))
            .Then(ScriptedReply.Text("app-checkout-api is degraded [1]."));

        await host.SendAsync("how is checkout?");

        var final = await host.NextTextAsync();
        var informative = Assert.Single(host.Connector.All, a => a.Type == "typing" && StreamInfo(a) is not null);
        var first = StreamInfo(informative)!.Value;
        Assert.Equal("informative", first.GetProperty("streamType").GetString());
        Assert.Equal(1, first.GetProperty("streamSequence").GetInt32());
        Assert.Equal(AgentConversation.Progress, informative.Text);
        Assert.True(host.Connector.All.ToList().IndexOf(informative) < host.Connector.All.ToList().IndexOf(final));
        var last = StreamInfo(final)!.Value;
        Assert.Equal("final", last.GetProperty("streamType").GetString());
        Assert.Equal(informative.Id, last.GetProperty("streamId").GetString());
        AssertAiLabelled(final);
        Assert.DoesNotContain(host.Connector.All, a => a.Type == "message" && a.Text == AgentConversation.Progress);
    }

    [Fact]
    public async Task GroupChat_GetsOneFinalMessage_NoStreaming_StillLabelled()
    {
        await using var host = await AgentHost.StartAsync();
        host.Model
            .Then(ScriptedReply.Call("resource_health_get", new { resourceId = SandboxIds.CheckoutApi }))
            .Then(ScriptedReply.Text("app-checkout-api is degraded [1]."));

        await host.SendAsync("how is checkout?", GroupChat, "groupChat");

        var final = await host.NextTextAsync();
        Assert.DoesNotContain(host.Connector.All, a => StreamInfo(a) is not null);
        Assert.Contains(host.Connector.All, a => a.Type == "typing");
        AssertAiLabelled(final);
    }

    [Fact]
    public async Task Typing_IsRepeatedEveryThreeSeconds_OnTheTimeProvider_UntilTheAnswerIsSent()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await AgentHost.StartAsync(time: time);
        host.Model.Then(_ =>
        {
            received.TrySetResult();
            release.Task.Wait(TimeSpan.FromSeconds(60));
            return ScriptedReply.Text("done");
        });

        var sending = host.SendAsync("slow question", GroupChat, "groupChat");
        await received.Task.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Token);
        await WaitForTypingAsync(host, 1);
        time.Advance(TimeSpan.FromSeconds(3));
        await WaitForTypingAsync(host, 2);
        time.Advance(TimeSpan.FromSeconds(3));
        await WaitForTypingAsync(host, 3);
        release.SetResult();
        await sending;
        var answer = await host.NextTextAsync();

        var all = host.Connector.All.ToList();
        Assert.Equal(3, all.Count(a => a.Type == "typing"));
        Assert.True(all.FindLastIndex(a => a.Type == "typing") < all.IndexOf(answer));
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(3, host.Connector.All.Count(a => a.Type == "typing"));
    }

    [Fact]
    public async Task Feedback_IsStoredWithTheThread_Redacted_Audited_Exported_AndErased()
    {
        await using var host = await AgentHost.StartAsync();
        host.Model.Then(ScriptedReply.Text("It is fine."));
        await host.SendAsync("how is checkout?");
        var answer = await host.NextTextAsync();
        const string Secret = "AccountKey=c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0c2VjcmV0";

        var response = await host.App.CreateClient().PostAsJsonAsync("/api/messages", Feedback(host, answer.Id, "dislike", $"wrong resource; my key {Secret}"), TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var audit = Assert.Single(await host.AuditAsync(LlmAuditEvents.Feedback));
        Assert.Equal("reaction=dislike;comment=yes", audit.Detail);
        var olga = host.App.ClientFor("local:aad-olga", "reader");
        var export = (await olga.GetFromJsonAsync<JsonElement>("/api/v1/me/export", TestContext.Token)).GetRawText();
        Assert.Contains($"{AnswerFeedback.RecordPrefix} dislike: wrong resource", export, StringComparison.Ordinal);
        Assert.DoesNotContain("c2VjcmV0c2VjcmV0", export, StringComparison.Ordinal);
        Assert.Contains("[REDACTED:", export, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong resource", audit.Detail, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await olga.DeleteAsync("/api/v1/me", TestContext.Token)).StatusCode);
        var after = (await host.App.ClientFor("local:aad-olga", "reader").GetFromJsonAsync<JsonElement>("/api/v1/me/export", TestContext.Token)).GetRawText();
        Assert.DoesNotContain(AnswerFeedback.RecordPrefix, after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feedback_WithAnUnknownReaction_IsRefused_AndNothingIsStored()
    {
        await using var host = await AgentHost.StartAsync();

        var response = await host.App.CreateClient().PostAsJsonAsync("/api/messages", Feedback(host, "x", "love", "great"), TestContext.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await host.AuditAsync(LlmAuditEvents.Feedback));
    }

    private static void AssertAiLabelled(RecordedActivity final)
    {
        var ai = final.Body.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("type").GetString() == "https://schema.org/Message");
        Assert.Equal(["AIGeneratedContent"], ai.GetProperty("additionalType").EnumerateArray().Select(e => e.GetString()));
        var citation = Assert.Single(ai.GetProperty("citation").EnumerateArray());
        Assert.Equal(1, citation.GetProperty("position").GetInt32());
        Assert.Contains("resource_health_get", citation.GetProperty("appearance").GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(citation.GetProperty("appearance").GetProperty("abstract").GetString()));
        Assert.Contains("[1]", final.Text, StringComparison.Ordinal);
        Assert.True(final.Body.GetProperty("channelData").GetProperty("feedbackLoopEnabled").GetBoolean());
    }

    private static JsonElement? StreamInfo(RecordedActivity activity)
        => activity.Body.TryGetProperty("entities", out var entities)
            ? entities.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "streaminfo").Select(e => (JsonElement?)e).FirstOrDefault()
            : null;

    private static async Task WaitForTypingAsync(AgentHost host, int count)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (host.Connector.All.Count(a => a.Type == "typing") < count)
        {
            await Task.Delay(10, timeout.Token);
        }
    }

    private static object Feedback(AgentHost host, string replyToId, string reaction, string comment) => new
    {
        type = "invoke",
        name = "message/submitAction",
        id = $"inv-{Guid.NewGuid():N}",
        serviceUrl = host.Connector.ServiceUrl,
        channelId = "msteams",
        from = new { id = "29:aad-olga", name = "Olga Operator", aadObjectId = "aad-olga" },
        conversation = new { id = ActivityBuilder.ConversationId, conversationType = "personal", tenantId = "tenant-1" },
        recipient = new { id = ActivityBuilder.BotId, name = "SreBot" },
        replyToId,
        value = new { actionName = "feedback", actionValue = new { reaction, feedback = JsonSerializer.Serialize(new { feedbackText = comment }) } },
    };
}
