using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Approvals;

public sealed class ApprovalDecisionTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly SreBotApp _app;

    public ApprovalDecisionTests() => _app = new SreBotApp(time: _time);

    [Fact]
    public async Task Approver_Approves_AndTheRestartRunsOnce_WithTheFullAuditTrail()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");

        var response = await Decide("abe", id, "approve", "go");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var approval = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("approval");
        Assert.Equal("Executed", approval.GetProperty("status").GetString());
        Assert.Equal("abe", approval.GetProperty("decidedBy").GetString());
        Assert.Equal(1, _app.Estate.Writes);
        var kinds = approval.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["requested", "approved", "executing", "executed"], kinds);

        var trail = (await _app.Audit.QueryAsync(new AuditQuery(Limit: 1000), TestContext.Token))
            .Where(r => r.EventType.StartsWith("approval.", StringComparison.Ordinal) && r.Detail == id)
            .Select(r => r.EventType).ToList();
        Assert.Equal([ApprovalAuditEvents.Requested, ApprovalAuditEvents.Approved, ApprovalAuditEvents.Executed], trail);
        Assert.True((await _app.Audit.VerifyAsync(TestContext.Token)).Ok);

        // Right after the restart, as a person would look: the newest point already shows the recovery.
        await using var reader = await _app.McpClientFor("rita", "reader");
        var metrics = await reader.CallAsync("metrics_query", new { resourceId = SandboxIds.CheckoutApi, metricNames = new[] { "MemoryWorkingSet" } });
        var statistics = metrics.StructuredContent!.Value.GetProperty("metrics")[0].GetProperty("statistics");
        Assert.True(statistics.GetProperty("last").GetDouble() < statistics.GetProperty("maximum").GetDouble() * 0.6, $"memory should be back to normal after the restart: {statistics}");
    }

    [Fact]
    public async Task Requester_CannotApproveTheirOwnRequest_EvenAsAnApprover()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");

        var response = await _app.ClientFor("olga", "operator", "approver").PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _app.Estate.Writes);
    }

    [Theory]
    [InlineData("reader")]
    [InlineData("operator")]
    [InlineData("admin")]
    public async Task NonApprover_CannotDecide(string role)
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");

        var response = await _app.ClientFor("nina", role).PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, _app.Estate.Writes);
    }

    [Theory]
    [InlineData("apr_00000000000000000000000000000000")]
    [InlineData("not-an-id")]
    public async Task UnknownOrForgedId_IsRejected(string id)
    {
        var response = await Decide("abe", id, "approve");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Rejected_RunsNothing_AndASecondDecisionSeesAlreadyDecided()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");

        var rejected = await Decide("abe", id, "reject", "not now");
        var again = await Decide("bea", id, "approve");

        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already decided", await again.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Equal(0, _app.Estate.Writes);
    }

    [Fact]
    public async Task TwentyConcurrentApprovals_RunTheActionOnce()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Decide($"approver-{i}", id, "approve")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(19, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        Assert.Equal(1, _app.Estate.Writes);
        var approvedRecords = await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Approved), TestContext.Token);
        Assert.Single(approvedRecords, r => r.Detail == id);
    }

    [Fact]
    public async Task PastExpiry_TheDecisionIsRefused_AndNothingRuns()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");

        _time.Advance(TimeSpan.FromMinutes(61));
        var response = await Decide("abe", id, "approve");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("expired", await response.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Equal(ApprovalStatus.Expired, (await Get(id)).Status);
        Assert.Equal(0, _app.Estate.Writes);
    }

    [Fact]
    public async Task ExpirySweep_MarksOverdueApprovalsExpired()
    {
        // Expiry 5 minutes, background sweep hourly: only the explicit sweep below can expire it.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Approvals:Expiry"] = "00:05:00", ["Approvals:SweepInterval"] = "01:00:00" }, time);
        await app.SetModeAsync("Privileged");
        var id = await app.RequestRestartAsync("olga");

        time.Advance(TimeSpan.FromMinutes(6));
        var swept = await app.Services.GetRequiredService<ApprovalWorkflow>().SweepAsync(TestContext.Token);

        Assert.Equal(1, swept);
        Assert.Equal(ApprovalStatus.Expired, (await app.Services.GetRequiredService<ApprovalWorkflow>().GetAsync(id, TestContext.Token))!.Status);
        Assert.Contains(await app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Expired), TestContext.Token), r => r.Detail == id);
    }

    [Fact]
    public async Task TamperedDecisionArguments_CannotChangeWhatRuns_AndAreRecorded()
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");
        var pending = await client.CallAsync("resource_scale", new { resourceId = SandboxIds.CheckoutApi, instanceCount = 3, reason = "cpu" });
        var id = pending.StructuredContent!.Value.GetProperty("approvalId").GetString();

        var response = await _app.ClientFor("abe", "approver").PostAsJsonAsync(
            $"/api/v1/approvals/{id}/decision",
            new { decision = "approve", arguments = new { resourceId = SandboxIds.LedgerApi, instanceCount = 30, reason = "cpu" } },
            TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var resource = await client.CallAsync("resource_get", new { resourceId = SandboxIds.CheckoutApi });
        Assert.Equal(3, resource.StructuredContent!.Value.GetProperty("resource").GetProperty("instanceCount").GetInt32());
        Assert.Contains(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Tampered), TestContext.Token), r => r.Detail!.StartsWith(id!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Downgrade_CancelsPendingApprovals_AndWriteToolsVanish()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");

        var downgrade = await _app.SetModeAsync("Reader");
        await using var client = await _app.McpClientFor("olga", "operator");
        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Token);
        var direct = await client.CallAsync("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "x" });
        var late = await Decide("abe", id, "approve");

        Assert.Equal(HttpStatusCode.OK, downgrade.StatusCode);
        Assert.Equal(ApprovalStatus.Cancelled, (await Get(id)).Status);
        Assert.DoesNotContain(tools, t => t.Name is "resource_restart" or "resource_scale");
        Assert.True(direct.IsError);
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal(0, _app.Estate.Writes);
    }

    [Fact]
    public async Task ApprovalGet_ShowsTheRequestAndItsHistory_OverMcp()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");
        await using var client = await _app.McpClientFor("rita", "reader");

        var result = await client.CallAsync("approval_get", new { approvalId = id });

        var approval = result.StructuredContent!.Value.GetProperty("approval");
        Assert.Equal("Pending", approval.GetProperty("status").GetString());
        Assert.Equal("olga", approval.GetProperty("requestedBy").GetString());
        using var arguments = JsonDocument.Parse(approval.GetProperty("arguments").GetString()!);
        Assert.Equal(SandboxIds.CheckoutApi, arguments.RootElement.GetProperty("resourceId").GetString());
    }

    [Fact]
    public async Task NoMcpTool_DecidesApprovals()
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("abe", "approver", "operator", "admin");

        var tools = await client.ListToolsAsync(cancellationToken: TestContext.Token);

        Assert.DoesNotContain(tools, t => t.Name.Contains("approve", StringComparison.OrdinalIgnoreCase) || t.Name.Contains("decide", StringComparison.OrdinalIgnoreCase));
    }

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> Decide(string approver, string id, string decision, string? comment = null)
        => _app.ClientFor(approver, "approver").PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision, comment }, TestContext.Token);

    private async Task<Approval> Get(string id) => (await _app.Services.GetRequiredService<ApprovalWorkflow>().GetAsync(id, TestContext.Token))!;
}
