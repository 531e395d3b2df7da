using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>
/// SECURITY.md: local mode trusts the machine, never an identity. Local chat users are their own namespace and can never act
/// as a token user; card actions are honoured only from the conversation the card was sent to.
/// </summary>
public sealed class LocalModeTrustTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task LocalChatUser_ClaimingATokenUsersId_DoesNotGetThatUsersRoles_AndCannotApprove()
    {
        await _app.SetModeAsync("Privileged");
        // "abe" is a token user (API, MCP) with the approver role.
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));
        var card = await _connector.NextAsync(a => a.Card is not null);
        var approvalId = ApprovalIdIn(card);

        // An unauthenticated local POST that claims aadObjectId "abe".
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "whoami", aadObjectId: "abe", name: "Abe"));
        var whoami = await _connector.NextAsync(a => a.Type == "message" && a.Card is null);
        var click = await Send(ActivityBuilder.CardAction(_connector.ServiceUrl, "approve", new { approvalId }, card.Id, "abe"));

        Assert.Contains("user id local:abe", whoami.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("approver", whoami.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal(0, _app.Estate.Writes);
        var approval = await _app.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>($"/api/v1/approvals/{approvalId}", TestContext.Token);
        Assert.Equal("Pending", approval.GetProperty("status").GetString());
        Assert.Empty(await _app.Audit.QueryAsync(new AuditQuery(UserId: "abe", EventType: ApprovalAuditEvents.Approved), TestContext.Token));
    }

    [Theory]
    [InlineData("approve")]
    [InlineData("reject")]
    [InlineData("refresh")]
    public async Task CardAction_FromAConversationTheCardWasNotSentTo_IsRefused_ChangesNothing_AndIsAudited(string verb)
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));
        var card = await _connector.NextAsync(a => a.Card is not null);
        var approvalId = ApprovalIdIn(card);

        var click = await Send(ActivityBuilder.CardAction(
            _connector.ServiceUrl, verb, new { approvalId }, card.Id, "aad-abe", conversationId: "a:somewhere-else"));

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var answer = await click.Content.ReadAsStringAsync(TestContext.Token);
        Assert.Contains("not shown in this conversation", answer, StringComparison.Ordinal);
        Assert.DoesNotContain("Approve", answer, StringComparison.Ordinal);
        Assert.Equal(0, _app.Estate.Writes);
        var approval = await _app.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>($"/api/v1/approvals/{approvalId}", TestContext.Token);
        Assert.Equal("Pending", approval.GetProperty("status").GetString());
        Assert.DoesNotContain(_connector.All, a => a.Method == "PUT");
        var refused = await _app.Audit.QueryAsync(new AuditQuery(UserId: "local:aad-abe", EventType: ApprovalAuditEvents.Refused), TestContext.Token);
        Assert.Contains(refused, r => r.Detail == $"{approvalId}: card action from another conversation");
    }

    [Fact]
    public async Task CardAction_InTheConversationTheCardWasSentTo_StillDecides()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));
        var card = await _connector.NextAsync(a => a.Card is not null);

        await Send(ActivityBuilder.CardAction(_connector.ServiceUrl, "approve", new { approvalId = ApprovalIdIn(card) }, card.Id, "aad-abe"));

        Assert.Equal(1, _app.Estate.Writes);
    }

    [Fact]
    public async Task ApprovalCard_ShownByTheApprovalsCommand_CountsInThatConversation_AndIsUpdatedThere()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));
        var approvalId = ApprovalIdIn(await _connector.NextAsync(a => a.Card is not null));
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "approvals", "aad-abe", "Abe Approver", conversationId: "a:abe-chat"));
        var shown = await _connector.NextAsync(a => a.Card is not null && a.ConversationId == "a:abe-chat");

        await Send(ActivityBuilder.CardAction(_connector.ServiceUrl, "approve", new { approvalId }, shown.Id, "aad-abe", conversationId: "a:abe-chat"));

        Assert.Equal(1, _app.Estate.Writes);
        var update = await _connector.NextAsync(a => a.Method == "PUT" && a.ConversationId == "a:abe-chat");
        Assert.Equal(shown.Id, update.Id);
    }

    [Fact]
    public async Task ForgedForgetMeConfirm_WithTheOldUnkeyedHash_ErasesNothing()
    {
        await SeedVeraAsync();
        var subject = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("srebot-forget-me\n" + VeraUserId)))[..32];
        var forged = new Dictionary<string, string> { ["subject"] = subject, ["issuedAt"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };

        var answer = await ClickForgetMeAsync(forged, Vera, VeraChat);

        Assert.Contains("Nothing was erased", answer, StringComparison.Ordinal);
        await AssertVeraKeepsHerDataAsync();
    }

    [Fact]
    public async Task ReplayedForgetMeConfirm_ErasesNothing_TheSecondTime()
    {
        await SeedVeraAsync();
        var data = await ForgetMeCardDataAsync();
        Assert.Contains("Your data is erased", await ClickForgetMeAsync(data, Vera, VeraChat), StringComparison.Ordinal);
        await Say("investigate app-checkout-api", Vera, VeraChat);

        var replay = await ClickForgetMeAsync(data, Vera, VeraChat);

        Assert.Contains("Nothing was erased", replay, StringComparison.Ordinal);
        await AssertVeraKeepsHerDataAsync();
    }

    [Fact]
    public async Task ForgetMeConfirm_FromAGroupChat_ErasesNothing()
    {
        await SeedVeraAsync();
        var data = await ForgetMeCardDataAsync();

        var answer = await ClickForgetMeAsync(data, Vera, "19:ops-room@thread.v2", "groupChat");

        Assert.Contains("Nothing was erased", answer, StringComparison.Ordinal);
        await AssertVeraKeepsHerDataAsync();
    }

    [Theory]
    [InlineData(VeraChat)]
    [InlineData("a:personal-olga")]
    public async Task ForgetMeConfirm_ByAnotherUser_ErasesNothing(string conversation)
    {
        await SeedVeraAsync();
        var data = await ForgetMeCardDataAsync();

        var answer = await ClickForgetMeAsync(data, "aad-olga", conversation);

        Assert.Contains("Nothing was erased", answer, StringComparison.Ordinal);
        await AssertVeraKeepsHerDataAsync();
    }

    [Fact]
    public async Task ForgetMeConfirm_ForAnotherConversationOfTheSameUser_ErasesNothing()
    {
        await SeedVeraAsync();
        var data = await ForgetMeCardDataAsync();

        var answer = await ClickForgetMeAsync(data, Vera, "a:personal-vera-2");

        Assert.Contains("Nothing was erased", answer, StringComparison.Ordinal);
        await AssertVeraKeepsHerDataAsync();
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private const string Vera = "aad-vera";
    private const string VeraUserId = "local:aad-vera";
    private const string VeraChat = "a:personal-vera";

    private async Task SeedVeraAsync() => await Say("investigate app-checkout-api", Vera, VeraChat);

    private async Task<RecordedActivity> Say(string text, string user, string conversation)
    {
        var response = await Send(ActivityBuilder.Message(_connector.ServiceUrl, text, user, conversationId: conversation));
        Assert.True(response.IsSuccessStatusCode);
        return await _connector.NextAsync(a => a.Type == "message" && a.ConversationId == conversation);
    }

    private async Task<JsonElement> ForgetMeCardDataAsync()
    {
        var card = await Say("forget me", Vera, VeraChat);
        return card.Card!.Value.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("verb").GetString() == "forgetme.confirm").GetProperty("data").Clone();
    }

    private async Task<string> ClickForgetMeAsync(object data, string user, string conversation, string conversationType = "personal")
    {
        var response = await Send(ActivityBuilder.CardAction(_connector.ServiceUrl, "forgetme.confirm", data, "activity-1", user, conversationId: conversation, conversationType: conversationType));
        Assert.True(response.IsSuccessStatusCode);
        return JsonText.Strings(await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token));
    }

    private async Task AssertVeraKeepsHerDataAsync()
    {
        var export = await _app.ClientFor(VeraUserId, "reader").GetFromJsonAsync<JsonElement>("/api/v1/me/export", TestContext.Token);
        Assert.True(export.GetProperty("counts").GetProperty("threads").GetInt32() >= 1, export.GetRawText());
    }

    private Task<HttpResponseMessage> Send(object activity) => _app.CreateClient().PostAsJsonAsync("/api/messages", activity, TestContext.Token);

    private static string ApprovalIdIn(RecordedActivity card)
        => System.Text.RegularExpressions.Regex.Match(card.AllText, "apr_[0-9a-f]{32}").Value is { Length: > 0 } id ? id : throw new InvalidOperationException($"no approval id in {card.AllText}");
}
