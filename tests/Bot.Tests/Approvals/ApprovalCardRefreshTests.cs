using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Tests.Approvals;

/// <summary>
/// Every change of an approval's state, wherever it is made, updates every message that carries its card: the requester's
/// chat and the approver's own chat with SreBot.
/// </summary>
public sealed class ApprovalCardRefreshTests : IAsyncLifetime, IDisposable
{
    private const string ApproverChat = "a:abe-personal";

    // Expiry well inside one sweep interval: the test runs the sweep itself, the background sweeper does not tick.
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly SreBotApp _app;
    private ConnectorRecorder _connector = null!;

    public ApprovalCardRefreshTests()
        => _app = new SreBotApp(new Dictionary<string, string?> { ["Approvals:Expiry"] = "00:10:00", ["Approvals:SweepInterval"] = "01:00:00" }, _time);

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task SweepExpiry_UpdatesEveryCopyOfTheCard_ToExpired()
    {
        var (approvalId, copies) = await RequestRestartInChatAsync();

        _time.Advance(TimeSpan.FromMinutes(11));
        await _app.Services.GetRequiredService<ApprovalWorkflow>().SweepAsync(TestContext.Token);

        await AssertEveryCopyShowsAsync(copies, "Expired");
        Assert.Equal(ApprovalStatus.Expired, (await _app.Services.GetRequiredService<ApprovalWorkflow>().GetAsync(approvalId, TestContext.Token))!.Status);
    }

    [Fact]
    public async Task SwitchToReader_UpdatesEveryCopyOfTheCard_ToCancelled()
    {
        var (_, copies) = await RequestRestartInChatAsync();

        Assert.Equal(HttpStatusCode.OK, (await _app.SetModeAsync("Reader")).StatusCode);

        await AssertEveryCopyShowsAsync(copies, "Cancelled");
    }

    [Fact]
    public async Task RoleChangeOfTheRequester_UpdatesEveryCopyOfTheCard_ToCancelled()
    {
        var (_, copies) = await RequestRestartInChatAsync();

        var changed = await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-olga", new { roles = new[] { "reader" } }, TestContext.Token);

        Assert.True(changed.IsSuccessStatusCode, await changed.Content.ReadAsStringAsync(TestContext.Token));
        await AssertEveryCopyShowsAsync(copies, "Cancelled");
    }

    [Fact]
    public async Task ApiDecision_UpdatesEveryCopyOfTheCard_WithTheOutcome()
    {
        var (approvalId, copies) = await RequestRestartInChatAsync();

        var decided = await _app.ClientFor("carol", "approver").PostAsJsonAsync($"/api/v1/approvals/{approvalId}/decision", new { decision = "approve" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        await AssertEveryCopyShowsAsync(copies, "the action ran");
        Assert.Equal(1, _app.Estate.Writes);
    }

    [Fact]
    public async Task ApiDecisionAfterExpiry_IsRefused_AndUpdatesEveryCopyOfTheCard_LikeAClickOnTheCard()
    {
        var (_, copies) = await RequestRestartInChatAsync();
        var approvalId = System.Text.RegularExpressions.Regex.Match(copies[0].AllText, "apr_[0-9a-f]{32}").Value;

        _time.Advance(TimeSpan.FromMinutes(11));
        var decided = await _app.ClientFor("carol", "approver").PostAsJsonAsync($"/api/v1/approvals/{approvalId}/decision", new { decision = "approve" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Conflict, decided.StatusCode);
        Assert.Contains("Expired", await decided.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        await AssertEveryCopyShowsAsync(copies, "Expired");
        Assert.Equal(0, _app.Estate.Writes);
    }

    [Fact]
    public async Task AFailedExecution_UpdatesEveryCopyOfTheCard_WithTheFailureAndItsReason()
    {
        var (approvalId, copies) = await RequestRestartInChatAsync();
        // SreBot's identity loses write permission on the group (in Azure: a role assignment removed).
        _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SreBot.Shared.Estate.Sandbox.SandboxOptions>>().Value.DeniedWriteResourceGroups.Add("rg-shop-prod");

        var decided = await _app.ClientFor("carol", "approver").PostAsJsonAsync($"/api/v1/approvals/{approvalId}/decision", new { decision = "approve" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var reason = (await _app.Services.GetRequiredService<ApprovalWorkflow>().GetAsync(approvalId, TestContext.Token))!.Result!;
        await AssertEveryCopyShowsAsync(copies, "Outcome: failed", reason);
    }

    [Fact]
    public async Task AnInterruptedExecution_UpdatesEveryCopyOfTheCard_ToInterrupted()
    {
        var (approvalId, copies) = await RequestRestartInChatAsync();
        // A replica decided and claimed it, then died before completing.
        var store = _app.Services.GetRequiredService<IApprovalStore>();
        await store.TryDecideAsync(approvalId, true, "local:aad-carol", null, _time.GetUtcNow(), TestContext.Token);
        Assert.True(await store.TryClaimExecutionAsync(approvalId, _time.GetUtcNow(), TestContext.Token));

        _time.Advance(ApprovalWorkflow.AbandonedAfter + TimeSpan.FromMinutes(1));
        await _app.Services.GetRequiredService<ApprovalWorkflow>().SweepAsync(TestContext.Token);

        await AssertEveryCopyShowsAsync(copies, "Outcome: interrupted");
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    // Olga asks in her chat; Abe, an approver, has his own chat with SreBot and gets the card there too.
    private async Task<(string ApprovalId, IReadOnlyList<RecordedActivity> Copies)> RequestRestartInChatAsync()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "whoami", aadObjectId: "aad-abe", name: "Abe Approver", conversationId: ApproverChat));
        await _connector.NextAsync();

        await Send(ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"));
        var inRequesterChat = await _connector.NextAsync(a => a.Method == "POST" && a.Card is not null && a.ConversationId == ActivityBuilder.ConversationId);
        var inApproverChat = await _connector.NextAsync(a => a.Method == "POST" && a.Card is not null && a.ConversationId == ApproverChat);
        var approvalId = System.Text.RegularExpressions.Regex.Match(inRequesterChat.AllText, "apr_[0-9a-f]{32}").Value;
        Assert.Contains(approvalId, inApproverChat.AllText, StringComparison.Ordinal);
        return (approvalId, [inRequesterChat, inApproverChat]);
    }

    // Waits for one update of each copy, in whatever order they come.
    private async Task AssertEveryCopyShowsAsync(IReadOnlyList<RecordedActivity> copies, params string[] states)
    {
        var waiting = copies.ToList();
        while (waiting.Count > 0)
        {
            var update = await _connector.NextAsync(a => a.Method == "PUT" && waiting.Any(c => c.Id == a.Id && c.ConversationId == a.ConversationId));
            waiting.RemoveAll(c => c.Id == update.Id && c.ConversationId == update.ConversationId);
            Assert.All(states, state => Assert.True(update.AllText.Contains(state, StringComparison.Ordinal), update.AllText));
        }
    }

    private Task<HttpResponseMessage> Send(object activity) => _app.CreateClient().PostAsJsonAsync("/api/messages", activity, TestContext.Token);
}
