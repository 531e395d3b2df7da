using System.Text.Json;
using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// SreBot in a mock Teams client: the Agents Playground drives the real bot process over <c>/api/messages</c>, with the
/// operator typing and a second Teams user, made approver through the API, acting on the approval card. The Playground
/// does not implement Universal Actions' automatic refresh, so the approver's client is played by the test: it sends the
/// card's refresh as Teams would for a user listed in <c>refresh.userIds</c>, then clicks the Approve button it got back.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundConversationTests(OperatorAtTheKeyboardFixture fixture) : IClassFixture<OperatorAtTheKeyboardFixture>
{
    private const string CheckoutApi = "app-checkout-api";

    private readonly PlaygroundClient client = fixture.Client;
    private readonly PlaygroundUser requester = PlaygroundPeople.Operator;
    private readonly PlaygroundUser approver = PlaygroundPeople.Approver;

    [Fact]
    public async Task Investigate_InThePersonalChat_AnswersWithACardAboutTheMemoryLeak()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var chat = client.Config.PersonalChatId;
        var mark = client.Mark();

        await client.SendMessageAsync(chat, $"investigate {CheckoutApi}", mentionBot: false, timeout.Token);
        var answer = await client.WaitForBotMessageAsync(chat, mark, m => m.AdaptiveCards.Count > 0, "the investigation card", timeout.Token);

        var text = answer.ReadableText;
        Assert.True(text.Contains("Request restart", StringComparison.Ordinal), $"not the investigation card:\n{text}\n{fixture.Describe(mark)}");
        Assert.Contains(CheckoutApi, text.Split('\n'));
        Assert.Contains("OutOfMemoryException", text, StringComparison.Ordinal);
        Assert.Contains("memory leak", text, StringComparison.Ordinal);
        Assert.Contains("Degraded", text.Split('\n'));
    }

    [Fact]
    public async Task Restart_ApprovedOnTheCardByAnotherUser_RunsOnce_UpdatesTheMessage_AndASecondClickIsAlreadyDecided()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var token = timeout.Token;
        var chat = client.Config.GroupChatId;
        await fixture.Admin.SetModeAsync("Privileged", token);
        await fixture.Admin.SetRolesAsync(approver, ["approver"], token);
        var mark = client.Mark();

        // The operator asks; the room sees a pending card without buttons, refreshed into the approver view for approvers.
        await client.SendMessageAsync(chat, $"restart {CheckoutApi} because memory leak", mentionBot: true, token);
        var request = await client.WaitForBotMessageAsync(chat, mark, m => m.AdaptiveCards.Any(c => c["refresh"]?["action"]?["data"]?["approvalId"] is not null), "the approval card", token);
        var card = Assert.Single(request.AdaptiveCards);
        var approvalId = ApprovalCardJson.ApprovalId(card);
        Assert.Contains("Pending", request.ReadableText, StringComparison.Ordinal);
        Assert.Contains("memory leak", request.ReadableText, StringComparison.Ordinal);
        Assert.Equal("refresh", card["refresh"]?["action"]?["verb"]?.GetValue<string>());
        Assert.Empty(ApprovalCardJson.Buttons(card));

        // The requester's own view never offers a decision.
        var requesterView = await client.ExecuteCardActionAsync(chat, requester, request.MessageId, "refresh", Data(approvalId), token);
        Assert.True(requesterView.IsCard, requesterView.ToString());
        Assert.Empty(ApprovalCardJson.Buttons(requesterView.Value));

        // The approver's view has Approve and Reject, carrying only the approval id.
        var approverView = await client.ExecuteCardActionAsync(chat, approver, request.MessageId, "refresh", Data(approvalId), token);
        var buttons = ApprovalCardJson.Buttons(approverView.Value);
        Assert.True(buttons.ContainsKey("Approve") && buttons.ContainsKey("Reject"), $"the approver's view should offer Approve and Reject: {approverView}");
        var approve = buttons["Approve"];
        Assert.Equal("approve", approve["verb"]?.GetValue<string>());
        Assert.True(JsonNode.DeepEquals(Data(approvalId), approve["data"]), approve.ToJsonString());

        // Now that SreBot has met the approver, a pending card names them as its refresh target.
        var listed = client.Mark();
        await client.SendMessageAsync(chat, "approvals", mentionBot: true, token);
        var pending = await client.WaitForBotMessageAsync(
            chat, listed, m => m.AdaptiveCards.Any(c => c["refresh"] is not null && ApprovalCardJson.ApprovalId(c) == approvalId), "the pending approval in 'approvals'", token);
        Assert.Equal([approver.Id], ApprovalCardJson.RefreshUserIds(pending.AdaptiveCards.Single()));

        // The approver clicks Approve: the answer is the decided card, and the room's copy is updated.
        var approved = await client.ExecuteCardActionAsync(chat, approver, request.MessageId, approve["verb"]!.GetValue<string>(), (JsonObject)approve["data"]!.DeepClone(), token);
        Assert.True(approved.IsCard, $"{approved}\n{fixture.Describe(mark)}");
        Assert.Contains("Approved; the action ran.", approved.ReadableText, StringComparison.Ordinal);
        Assert.Empty(ApprovalCardJson.Buttons(approved.Value));
        var updated = await client.WaitForUpdateAsync(chat, mark, m => m.MessageId == request.MessageId, "the update of the approval card", token);
        Assert.Contains("Done", updated.ReadableText, StringComparison.Ordinal);
        Assert.Null(updated.AdaptiveCards.Single()["refresh"]);

        // A second click changes nothing.
        var again = await client.ExecuteCardActionAsync(chat, approver, request.MessageId, "approve", Data(approvalId), token);
        Assert.False(again.IsCard, again.ToString());
        Assert.Contains("already decided", again.ReadableText, StringComparison.Ordinal);

        // The engine's approval and audit log agree: approved by the Teams user, run exactly once, the second click refused.
        var approval = await fixture.Admin.GetApprovalAsync(approvalId, token);
        Assert.Equal("Executed", approval.GetProperty("status").GetString());
        Assert.Equal(approver.SreBotUserId, approval.GetProperty("decidedBy").GetString());
        var history = approval.GetProperty("history").EnumerateArray().ToList();
        Assert.Single(history, e => Kind(e) == "approved" && Actor(e) == approver.SreBotUserId);
        Assert.Single(history, e => Kind(e) == "executed");
        Assert.Equal(requester.SreBotUserId, approval.GetProperty("requestedBy").GetString());

        var audit = await fixture.Admin.GetAuditAboutAsync(approvalId, token);
        Assert.Single(audit, r => EventType(r) == "approval.approved" && User(r) == approver.SreBotUserId);
        Assert.Single(audit, r => EventType(r) == "approval.executed");
        Assert.Single(audit, r => EventType(r) == "approval.refused" && User(r) == approver.SreBotUserId);
    }

    private static JsonObject Data(string approvalId) => new() { ["approvalId"] = approvalId };

    private static string? Kind(JsonElement e) => e.GetProperty("kind").GetString();

    private static string? Actor(JsonElement e) => e.GetProperty("actor").GetString();

    private static string? EventType(JsonElement r) => r.GetProperty("eventType").GetString();

    private static string? User(JsonElement r) => r.GetProperty("userId").GetString();
}
