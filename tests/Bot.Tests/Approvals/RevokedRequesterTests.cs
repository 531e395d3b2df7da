using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Tests.Approvals;

/// <summary>An approved action runs only if its requester still holds the role now; a role change cancels their open requests.</summary>
public sealed class RevokedRequesterTests : IDisposable
{
    private readonly SreBotApp _app = new();

    [Fact]
    public async Task RemovingTheRequestersRole_CancelsTheirOpenRequests_AndTheApprovalRunsNothing()
    {
        await _app.SetModeAsync("Privileged");
        var admin = _app.ClientFor("ada", "admin");
        await admin.PutAsJsonAsync("/api/v1/agent/roles/olga", new { roles = new[] { "operator" } }, TestContext.Token);
        var id = await RequestRestartAsync("olga");
        var others = await _app.RequestRestartAsync("omar");

        var revoked = await admin.PutAsJsonAsync("/api/v1/agent/roles/olga", new { roles = new[] { "reader" } }, TestContext.Token);
        var decision = await Decide("abe", id);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, decision.StatusCode);
        Assert.Equal(ApprovalStatus.Cancelled, (await Get(id)).Status);
        Assert.Equal(ApprovalStatus.Pending, (await Get(others)).Status);
        Assert.Equal(0, _app.Estate.Writes);
        var cancelled = Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Cancelled), TestContext.Token));
        Assert.Equal(id, cancelled.Detail);
        Assert.Equal("ada", cancelled.UserId);
    }

    [Fact]
    public async Task ARoleGoneFromTheTable_WithoutACancellation_IsCaughtAtExecution_AndRecordedAsFailed()
    {
        // The role table changed underneath the workflow (e.g. by another replica): the call path checks the requester's roles now.
        await _app.SetModeAsync("Privileged");
        var store = _app.Services.GetRequiredService<ILocalRoleStore>();
        await store.SetRolesAsync("olga", new HashSet<string> { Roles.Operator }, "ada", DateTimeOffset.UtcNow, TestContext.Token);
        var id = await RequestRestartAsync("olga");
        await store.SetRolesAsync("olga", new HashSet<string>(), "ada", DateTimeOffset.UtcNow, TestContext.Token);

        var decision = await Decide("abe", id);

        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        var body = await decision.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        Assert.Equal("Failed", body.GetProperty("outcome").GetString());
        var approval = await Get(id);
        Assert.Equal(ApprovalStatus.Failed, approval.Status);
        Assert.Contains("operator", approval.Result, StringComparison.Ordinal);
        Assert.Equal(0, _app.Estate.Writes);
        Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Failed), TestContext.Token), r => r.Detail == id);
    }

    [Fact]
    public async Task ATokenRequester_WhoseRolesDidNotChange_StillHasTheActionRun()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");

        var decision = await Decide("abe", id);

        Assert.Equal(HttpStatusCode.OK, decision.StatusCode);
        Assert.Equal(ApprovalStatus.Executed, (await Get(id)).Status);
        Assert.Equal(1, _app.Estate.Writes);
    }

    [Fact]
    public async Task AnApproverWhoseRoleWasRemoved_CannotDecide()
    {
        await _app.SetModeAsync("Privileged");
        var admin = _app.ClientFor("ada", "admin");
        await admin.PutAsJsonAsync("/api/v1/agent/roles/abe", new { roles = new[] { "approver" } }, TestContext.Token);
        var id = await _app.RequestRestartAsync("olga");
        await admin.PutAsJsonAsync("/api/v1/agent/roles/abe", new { roles = Array.Empty<string>() }, TestContext.Token);

        var decision = await _app.ClientFor("abe", "reader").PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, decision.StatusCode);
        Assert.Equal(ApprovalStatus.Pending, (await Get(id)).Status);
        Assert.Equal(0, _app.Estate.Writes);
    }

    public void Dispose() => _app.Dispose();

    // The requester holds only 'reader' in their token: 'operator' comes from the local role table.
    private async Task<string> RequestRestartAsync(string user)
    {
        await using var client = await _app.McpClientFor(user, "reader");
        var result = await client.CallAsync("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "memory leak" });
        Assert.True(result.IsError != true, result.Text());
        return result.StructuredContent!.Value.GetProperty("approvalId").GetString()!;
    }

    private Task<HttpResponseMessage> Decide(string approver, string id)
        => _app.ClientFor(approver, "approver").PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, TestContext.Token);

    private async Task<Approval> Get(string id) => (await _app.Services.GetRequiredService<ApprovalWorkflow>().GetAsync(id, TestContext.Token))!;
}
