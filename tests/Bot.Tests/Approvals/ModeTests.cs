using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Approvals;

public sealed class ModeTests : IDisposable
{
    private readonly SreBotApp _app = new();

    [Fact]
    public async Task NewDataDirectory_IsInReaderMode_WithTheDefaultResourceGroups()
    {
        var agent = await _app.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>("/api/v1/agent", TestContext.Token);

        Assert.Equal("Reader", agent.GetProperty("mode").GetString());
        var groups = agent.GetProperty("resourceGroups").EnumerateArray().Select(g => g.GetString()!.Split('/')[^1]).ToList();
        Assert.Equal(["rg-shop-prod", "rg-shop-staging"], groups.Order());
    }

    [Theory]
    [InlineData("reader")]
    [InlineData("operator")]
    [InlineData("approver")]
    public async Task NonAdmin_CannotChangeTheMode(string role)
    {
        var response = await _app.ClientFor("nina", role).PostAsJsonAsync("/api/v1/agent/mode", new { mode = "Privileged" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Reader", (await _app.Services.GetAgentAsync()).Mode.ToString());
    }

    [Fact]
    public async Task Admin_UpgradesToPrivileged_AndTheChangeIsRecorded()
    {
        var response = await _app.SetModeAsync("Privileged", admin: "ada");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var agent = await _app.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>("/api/v1/agent", TestContext.Token);
        Assert.Equal("Privileged", agent.GetProperty("mode").GetString());
        Assert.Equal("ada", agent.GetProperty("modeChangedBy").GetString());
        var records = await _app.Audit.QueryAsync(new AuditQuery(UserId: "ada", EventType: AgentAuditEvents.Mode), TestContext.Token);
        Assert.Contains(records, r => r.Decision == AuditDecisions.Allow && r.Detail == "Privileged");
    }

    [Fact]
    public async Task Upgrade_IsRefused_WithoutAssociatedResourceGroups()
    {
        var admin = _app.ClientFor("ada", "admin");
        await admin.DeleteAsync("/api/v1/agent/resource-groups/rg-shop-prod", TestContext.Token);
        await admin.DeleteAsync("/api/v1/agent/resource-groups/rg-shop-staging", TestContext.Token);

        var response = await _app.SetModeAsync("Privileged");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("at least one associated resource group", await response.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_ManagesResourceGroups_AndEachChangeIsAudited()
    {
        var admin = _app.ClientFor("ada", "admin");

        var added = await admin.PostAsJsonAsync("/api/v1/agent/resource-groups", new { resourceGroup = "rg-finance-prod" }, TestContext.Token);
        var removed = await admin.DeleteAsync("/api/v1/agent/resource-groups/rg-shop-staging", TestContext.Token);
        var bad = await admin.PostAsJsonAsync("/api/v1/agent/resource-groups", new { resourceGroup = "../rg-x" }, TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var groups = (await _app.Services.GetAgentAsync()).ResourceGroups.Select(g => g.Name).Order().ToList();
        Assert.Equal(["rg-finance-prod", "rg-shop-prod"], groups);
        var records = await _app.Audit.QueryAsync(new AuditQuery(UserId: "ada", EventType: AgentAuditEvents.Scope), TestContext.Token);
        Assert.Equal(2, records.Count);
    }

    [Fact]
    public async Task Admin_AssignsLocalRoles_WhichTakeEffectOnTheNextRequest()
    {
        var before = await _app.ClientFor("nina", "reader").GetAsync("/api/v1/audit", TestContext.Token);
        var assigned = await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/nina", new { roles = new[] { "auditor" } }, TestContext.Token);
        var after = await _app.ClientFor("nina", "reader").GetAsync("/api/v1/audit", TestContext.Token);
        var unknown = await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/nina", new { roles = new[] { "superuser" } }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task BadModeValue_Gets400()
    {
        var response = await _app.SetModeAsync("Godmode");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
