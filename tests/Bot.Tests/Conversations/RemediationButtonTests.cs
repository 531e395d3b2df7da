using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Conversations;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>
/// An investigation card's request buttons do what typing the command does, as the person who clicked: through the call path,
/// to the usual approval card (with the finding that motivated it, from SreBot's stored investigation) or a clear refusal.
/// Card data that does not name an investigation of this conversation for that resource changes nothing and is audited.
/// </summary>
public sealed class RemediationButtonTests : IAsyncLifetime, IDisposable
{
    private const string OtherChat = "a:personal-chat-2";
    private const string Secret = "AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZmdoaWprbG1ub3BxcnN0dXZ3eHl6MDEyMzQ1Njc4OQ==";

    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task RequestRestart_AsksAsTheClicker_AndPostsTheApprovalCard_WithTheInvestigationsFinding()
    {
        await _app.SetModeAsync("Privileged");
        var trace = await InvestigateAsync(_app);

        var answer = await ClickAsync(_app, Restart(trace.Id));

        Assert.Contains(RemediationCardAction.Requested, answer, StringComparison.Ordinal);
        var card = await _connector.NextAsync(a => a.Method == "POST" && a.Card is not null && a.AllText.Contains("apr_", StringComparison.Ordinal));
        Assert.Contains("Restart app-checkout-api", card.AllText, StringComparison.Ordinal);
        Assert.Contains(trace.Findings[0], card.AllText, StringComparison.Ordinal);
        var approval = Assert.Single(await Approvals().ListAsync(null, 10, TestContext.Token));
        Assert.Equal(("resource_restart", "local:aad-olga", ApprovalStatus.Pending, trace.Findings[0]), (approval.Tool, approval.RequestedBy, approval.Status, approval.Motivation));
        Assert.Contains(trace.Id, approval.Reason, StringComparison.Ordinal);
        Assert.Contains(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Requested), TestContext.Token), r => r.UserId == "local:aad-olga" && r.Detail == approval.Id);
    }

    [Fact]
    public async Task RequestScale_CarriesTheInstanceCount()
    {
        await _app.SetModeAsync("Privileged");
        var trace = await InvestigateAsync(_app);

        await ClickAsync(_app, new Dictionary<string, string>
        {
            [RemediationVerbs.ResourceIdKey] = SandboxIds.CheckoutApi, [RemediationVerbs.ActionKey] = RemediationVerbs.ScaleAction,
            [RemediationVerbs.InstanceCountKey] = "4", [RemediationVerbs.TraceIdKey] = trace.Id,
        });

        var approval = Assert.Single(await Approvals().ListAsync(null, 10, TestContext.Token));
        Assert.Equal("resource_scale", approval.Tool);
        Assert.Contains("\"instanceCount\":4", approval.Arguments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InReaderMode_IsRefused_WithTheReason()
    {
        var trace = await InvestigateAsync(_app);

        var answer = await ClickAsync(_app, Restart(trace.Id));

        Assert.Contains("Not requested", answer, StringComparison.Ordinal);
        Assert.Contains("Reader mode", answer, StringComparison.Ordinal);
        Assert.Empty(await Approvals().ListAsync(null, 10, TestContext.Token));
    }

    [Fact]
    public async Task AReaderClicking_IsRefused_ByTheCallPath()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Bot:LocalDefaultRoles:0"] = "reader" });
        await using var connector = await ConnectorRecorder.StartAsync(app);
        await app.SetModeAsync("Privileged");
        await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(connector.ServiceUrl, "investigate app-checkout-api"), TestContext.Token);
        await connector.NextAsync(a => a.Card is not null);
        var trace = Assert.Single(await app.Services.GetRequiredService<IInvestigationTraceStore>().ListRequestedByAsync("local:aad-olga", TestContext.Token));

        var answer = await ClickAsync(app, Restart(trace.Id), connector.ServiceUrl);

        Assert.Contains("Not requested", answer, StringComparison.Ordinal);
        Assert.Empty(await app.Services.GetRequiredService<ApprovalWorkflow>().ListAsync(null, 10, TestContext.Token));
        Assert.Contains(await app.Audit.QueryAsync(new AuditQuery(UserId: "local:aad-olga", EventType: AuditEventTypes.ToolCall), TestContext.Token),
            r => r.Tool == "resource_restart" && r.Decision == AuditDecisions.Deny);
    }

    [Fact]
    public async Task ATraceIdFromAnotherConversation_IsRefused_AndAudited()
    {
        await _app.SetModeAsync("Privileged");
        var trace = await InvestigateAsync(_app);

        var answer = await ClickAsync(_app, Restart(trace.Id), conversationId: OtherChat);

        Assert.Equal(RemediationCardAction.ElsewhereRefusal, answer);
        await AssertRefusedAndAuditedAsync("trace not recorded in this conversation");
    }

    [Theory]
    [InlineData("trc_00000000000000000000000000000000")]
    [InlineData("")]
    public async Task ATamperedTraceId_IsRefused_AndAudited(string traceId)
    {
        await _app.SetModeAsync("Privileged");
        await InvestigateAsync(_app);

        var answer = await ClickAsync(_app, Restart(traceId));

        Assert.Contains(answer, new[] { RemediationCardAction.ElsewhereRefusal, RemediationCardAction.InvalidRefusal });
        await AssertRefusedAndAuditedAsync("card request");
    }

    [Fact]
    public async Task ATraceOfAnotherResource_IsRefused_AndAudited()
    {
        await _app.SetModeAsync("Privileged");
        var trace = await InvestigateAsync(_app);
        var data = Restart(trace.Id);
        data[RemediationVerbs.ResourceIdKey] = SandboxIds.CheckoutApi.Replace("app-checkout-api", "app-catalog-api", StringComparison.Ordinal);

        Assert.Equal(RemediationCardAction.ElsewhereRefusal, await ClickAsync(_app, data));
        await AssertRefusedAndAuditedAsync("trace not recorded in this conversation for this resource");
    }

    [Theory]
    [InlineData("not-an-arm-id", "restart", null)]
    [InlineData(null, "delete", null)]
    [InlineData(null, "scale", "0")]
    [InlineData(null, "scale", "31")]
    [InlineData(null, "scale", "four")]
    [InlineData(null, "scale", null)]
    public async Task DataThatIsNotARequest_IsRefused_AndAudited(string? resourceId, string action, string? instanceCount)
    {
        await _app.SetModeAsync("Privileged");
        var trace = await InvestigateAsync(_app);
        var data = new Dictionary<string, string>
        {
            [RemediationVerbs.ResourceIdKey] = resourceId ?? SandboxIds.CheckoutApi, [RemediationVerbs.ActionKey] = action, [RemediationVerbs.TraceIdKey] = trace.Id,
        };
        if (instanceCount is not null)
        {
            data[RemediationVerbs.InstanceCountKey] = instanceCount;
        }

        Assert.Equal(RemediationCardAction.InvalidRefusal, await ClickAsync(_app, data));
        await AssertRefusedAndAuditedAsync("card request: data not a valid request");
    }

    [Fact]
    public async Task TheApproversComment_IsTheDecisionComment_Redacted_Bounded_AndNotClaimedArguments()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        var trace = await InvestigateAsync(_app);
        await ClickAsync(_app, Restart(trace.Id));
        var card = await _connector.NextAsync(a => a.Method == "POST" && a.Card is not null && a.AllText.Contains("apr_", StringComparison.Ordinal));
        var approvalId = Assert.Single(await Approvals().ListAsync(null, 10, TestContext.Token)).Id;
        var comment = $"Go ahead, key was {Secret} " + new string('x', 2000);

        var click = await _app.CreateClient().PostAsJsonAsync("/api/messages",
            ActivityBuilder.CardAction(_connector.ServiceUrl, ApprovalVerbs.Approve, new Dictionary<string, string> { [ApprovalVerbs.ApprovalIdKey] = approvalId, [ApprovalVerbs.CommentInputId] = comment }, card.Id, "aad-abe"),
            TestContext.Token);

        var shown = JsonText.Strings(await click.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token));
        var decided = (await Approvals().GetAsync(approvalId, TestContext.Token))!;
        Assert.Equal(ApprovalStatus.Executed, decided.Status);
        Assert.StartsWith("Go ahead, key was ", decided.DecisionComment, StringComparison.Ordinal);
        Assert.DoesNotContain("Zm9vYmFy", decided.DecisionComment, StringComparison.Ordinal);
        Assert.Equal(ApprovalWorkflow.MaxCommentLength, decided.DecisionComment!.Length);
        Assert.Contains("Go ahead, key was", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Zm9vYmFy", shown, StringComparison.Ordinal);
        Assert.Empty(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Tampered), TestContext.Token));
    }

    [Fact]
    public async Task OtherDataBesideTheComment_IsStillASecurityEvent()
    {
        await _app.SetModeAsync("Privileged");
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-abe", new { roles = new[] { "approver" } }, TestContext.Token);
        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "restart app-checkout-api because memory leak"), TestContext.Token);
        var card = await _connector.NextAsync(a => a.Card is not null && a.AllText.Contains("apr_", StringComparison.Ordinal));
        var approvalId = Assert.Single(await Approvals().ListAsync(null, 10, TestContext.Token)).Id;

        await _app.CreateClient().PostAsJsonAsync("/api/messages",
            ActivityBuilder.CardAction(_connector.ServiceUrl, ApprovalVerbs.Approve, new Dictionary<string, string> { [ApprovalVerbs.ApprovalIdKey] = approvalId, [ApprovalVerbs.CommentInputId] = "ok", ["resourceId"] = SandboxIds.LedgerApi }, card.Id, "aad-abe"),
            TestContext.Token);

        Assert.Equal("ok", (await Approvals().GetAsync(approvalId, TestContext.Token))!.DecisionComment);
        Assert.Contains(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Tampered), TestContext.Token), r => r.Detail!.StartsWith(approvalId, StringComparison.Ordinal));
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private static Dictionary<string, string> Restart(string traceId) => new()
    {
        [RemediationVerbs.ResourceIdKey] = SandboxIds.CheckoutApi, [RemediationVerbs.ActionKey] = RemediationVerbs.RestartAction, [RemediationVerbs.TraceIdKey] = traceId,
    };

    private ApprovalWorkflow Approvals() => _app.Services.GetRequiredService<ApprovalWorkflow>();

    private async Task<InvestigationTrace> InvestigateAsync(SreBotApp app)
    {
        await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "investigate app-checkout-api"), TestContext.Token);
        await _connector.NextAsync(a => a.Card is not null);
        return Assert.Single(await app.Services.GetRequiredService<IInvestigationTraceStore>().ListRequestedByAsync("local:aad-olga", TestContext.Token));
    }

    // The invoke's answer as text (a short message: the investigation card is not replaced).
    private async Task<string> ClickAsync(SreBotApp app, Dictionary<string, string> data, string? serviceUrl = null, string conversationId = ActivityBuilder.ConversationId)
    {
        var click = await app.CreateClient().PostAsJsonAsync("/api/messages",
            ActivityBuilder.CardAction(serviceUrl ?? _connector.ServiceUrl, RemediationVerbs.Request, data, "act-investigation", "aad-olga", "Olga Operator", conversationId), TestContext.Token);
        var body = await click.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        Assert.Equal("application/vnd.microsoft.activity.message", body.GetProperty("type").GetString());
        return body.GetProperty("value").GetString()!;
    }

    private async Task AssertRefusedAndAuditedAsync(string detail)
    {
        Assert.Empty(await Approvals().ListAsync(null, 10, TestContext.Token));
        Assert.Contains(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Refused), TestContext.Token),
            r => r.UserId == "local:aad-olga" && r.Detail!.Contains(detail, StringComparison.Ordinal) && r.Decision == AuditDecisions.Deny);
        Assert.Equal(0, _app.Estate.Writes);
    }
}
