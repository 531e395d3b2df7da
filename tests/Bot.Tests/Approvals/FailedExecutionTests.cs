using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Estate.Sandbox;

namespace SreBot.Bot.Tests.Approvals;

/// <summary>An approved action the estate refuses is recorded as failed everywhere, with the reason.</summary>
public sealed class FailedExecutionTests : IDisposable
{
    private readonly SreBotApp _app = new();

    [Fact]
    public async Task ARestartTheEstateRefuses_IsFailed_InTheAnswer_TheApproval_AndTheAudit()
    {
        await _app.SetModeAsync("Privileged");
        var id = await _app.RequestRestartAsync("olga");
        // SreBot's identity loses write permission on the group after the upgrade (in Azure: a role assignment removed).
        _app.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.DeniedWriteResourceGroups.Add("rg-shop-prod");

        var response = await _app.ClientFor("abe", "approver").PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        Assert.Equal("Failed", body.GetProperty("outcome").GetString());
        Assert.DoesNotContain("done", body.GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("lacks the permission", body.GetProperty("message").GetString()!, StringComparison.Ordinal);
        var approval = body.GetProperty("approval");
        Assert.Equal("Failed", approval.GetProperty("status").GetString());
        Assert.Contains("lacks the permission", approval.GetProperty("result").GetString()!, StringComparison.Ordinal);
        var kinds = approval.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Equal(["requested", "approved", "executing", "failed"], kinds);

        var records = await _app.Audit.QueryAsync(new AuditQuery(Limit: 1000), TestContext.Token);
        Assert.DoesNotContain(records, r => r.EventType == ApprovalAuditEvents.Executed);
        var failed = Assert.Single(records, r => r.EventType == ApprovalAuditEvents.Failed);
        Assert.Equal("failed", failed.Outcome);
        var call = Assert.Single(records, r => r.EventType == AuditEventTypes.ToolCall && r.Detail == id && r.Decision == AuditDecisions.Allow);
        Assert.Equal("error", call.Outcome);

        await using var reader = await _app.McpClientFor("rita", "reader");
        var seen = await reader.CallAsync("approval_get", new { approvalId = id });
        Assert.Equal("Failed", seen.StructuredContent!.Value.GetProperty("approval").GetProperty("status").GetString());
    }

    [Fact]
    public async Task AssociatingAGroupInPrivilegedMode_RunsTheWritePermissionCheck()
    {
        await _app.SetModeAsync("Privileged");
        var admin = _app.ClientFor("ada", "admin");

        var refused = await admin.PostAsJsonAsync("/api/v1/agent/resource-groups", new { resourceGroup = "rg-finance-prod" }, TestContext.Token);
        var ghost = await admin.PostAsJsonAsync("/api/v1/agent/resource-groups", new { resourceGroup = "rg-ghost" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("rg-finance-prod", await refused.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, ghost.StatusCode);
        Assert.Contains("rg-ghost", await ghost.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        var groups = (await _app.Services.GetAgentAsync()).ResourceGroups.Select(g => g.Name).Order().ToList();
        Assert.Equal(["rg-shop-prod", "rg-shop-staging"], groups);
        var records = await _app.Audit.QueryAsync(new AuditQuery(UserId: "ada", EventType: Shared.AgentAccess.AgentAuditEvents.Scope), TestContext.Token);
        Assert.Equal(2, records.Count(r => r.Decision == AuditDecisions.Deny));
    }

    [Fact]
    public async Task AssociatingAGroupInReaderMode_NeedsNoWritePermission()
    {
        var admin = _app.ClientFor("ada", "admin");

        var added = await admin.PostAsJsonAsync("/api/v1/agent/resource-groups", new { resourceGroup = "rg-finance-prod" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
