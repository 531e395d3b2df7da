using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Auth.EntraRoles;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Auth;

/// <summary>
/// Teams users' roles from Entra through the real Microsoft Graph SDK against the fake Graph: app role assignments on
/// SreBot's service principal grant roles with no local assignment, the local table still adds to them, the roles are
/// cached on fake time, a Graph failure leaves the user with none and says so, and the audit names each role's source.
/// </summary>
public sealed class EntraRoleChatTests : IAsyncLifetime
{
    private EntraRolesApp _entra = null!;

    public async Task InitializeAsync() => _entra = await EntraRolesApp.StartAsync();

    [Fact]
    public async Task EntraApprover_DecidesAnApprovalCard_WithNoLocalRoleAssignment()
    {
        var abe = EntraRolesApp.NewUser();
        _entra.Directory.AssignAppRole(abe, _entra.Principal, "approver");
        var card = await RequestRestartAsync();

        var click = await ApproveAsync(card, abe);

        var shown = JsonText.Strings(await click.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token));
        Assert.True(shown.Contains("the action ran", StringComparison.Ordinal), shown);
        Assert.Equal(1, _entra.App.Estate.Writes);
        var approved = Assert.Single(await _entra.App.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Approved), TestContext.Token));
        Assert.Equal(abe, approved.UserId);
    }

    [Fact]
    public async Task UserWithoutAnyRole_IsRefused_WithAMessageNamingTheRoleTheyLack()
    {
        var nobody = EntraRolesApp.NewUser();

        var reply = await _entra.SayAsync(nobody, "investigate app-checkout-api");

        Assert.Contains("no SreBot role", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("'reader' role", reply.AllText, StringComparison.Ordinal);
        Assert.Contains("app role", reply.AllText, StringComparison.Ordinal);
        Assert.Equal(0, _entra.App.Estate.Reads);
    }

    [Fact]
    public async Task UserWithoutTheApproverRole_ClickingApprove_IsToldTheyLackIt()
    {
        var rita = EntraRolesApp.NewUser();
        _entra.Directory.AssignAppRole(rita, _entra.Principal, "reader");
        var card = await RequestRestartAsync();

        var click = await ApproveAsync(card, rita);

        var shown = JsonText.Strings(await click.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token));
        Assert.True(shown.Contains("'approver' role", StringComparison.Ordinal), shown);
        Assert.Equal(0, _entra.App.Estate.Writes);
    }

    [Fact]
    public async Task SecondTurn_IsServedFromTheCache_WithoutAGraphRequest()
    {
        var rita = EntraRolesApp.NewUser();
        _entra.Directory.AssignAppRole(rita, _entra.Principal, "reader");

        var first = await _entra.SayAsync(rita, "whoami", "Rita Reader");
        var requests = _entra.GraphRequestsAbout(rita);
        var second = await _entra.SayAsync(rita, "whoami", "Rita Reader");

        Assert.Contains("Roles: reader.", first.AllText, StringComparison.Ordinal);
        Assert.Contains("Roles: reader.", second.AllText, StringComparison.Ordinal);
        Assert.True(requests > 0);
        Assert.Equal(requests, _entra.GraphRequestsAbout(rita));
    }

    [Fact]
    public async Task CachedRoles_Expire_OnFakeTime_AndAreReadAgainOnTheNextTurn()
    {
        var rita = EntraRolesApp.NewUser();
        _entra.Directory.AssignAppRole(rita, _entra.Principal, "reader");
        await _entra.SayAsync(rita, "whoami", "Rita Reader");
        _entra.Directory.AssignAppRole(rita, _entra.Principal, "auditor");

        _entra.Time.Advance(TimeSpan.FromMinutes(4));
        var cached = await _entra.SayAsync(rita, "whoami", "Rita Reader");
        var before = _entra.GraphRequestsAbout(rita);
        _entra.Time.Advance(TimeSpan.FromMinutes(2));
        var refreshed = await _entra.SayAsync(rita, "whoami", "Rita Reader");

        Assert.Contains("Roles: reader.", cached.AllText, StringComparison.Ordinal);
        Assert.Contains("Roles: auditor, reader.", refreshed.AllText, StringComparison.Ordinal);
        Assert.True(_entra.GraphRequestsAbout(rita) > before);
    }

    [Theory]
    [InlineData(500, "answered 500", "graph_unavailable_500")]
    [InlineData(403, "not allowed", "graph_forbidden_403")]
    public async Task GraphFailure_FailsClosed_WithAClearMessage_AndIsAudited(int status, string said, string code)
    {
        var abe = EntraRolesApp.NewUser();
        _entra.Directory.AssignAppRole(abe, _entra.Principal, "approver");
        _entra.Directory.Fail(status == 403
            ? FakeGraph.Forbidden($"/users/{abe}/appRoleAssignments")
            : new FakeFault(500, $"/users/{abe}/appRoleAssignments", null, "generalException", "Internal server error: System.NullReferenceException at Microsoft.Graph"));

        var reply = await _entra.SayAsync(abe, "approvals", "Abe Approver");

        Assert.Contains("could not read your roles from Microsoft Entra ID", reply.AllText, StringComparison.Ordinal);
        Assert.Contains(said, reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("Insufficient privileges", reply.AllText, StringComparison.Ordinal);
        var failure = Assert.Single(await _entra.App.Audit.QueryAsync(new AuditQuery(EventType: RoleAuditEvents.Unavailable), TestContext.Token));
        Assert.Equal((abe, code, AuditDecisions.Deny), (failure.UserId, failure.Detail, failure.Decision));

        // Not cached: the next turn reads Entra again and the role counts.
        var next = await _entra.SayAsync(abe, "whoami", "Abe Approver");
        Assert.Contains("Roles: approver.", next.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GraphFailure_WhenAnApproverClicks_DecidesNothing_AndSaysWhy()
    {
        var abe = EntraRolesApp.NewUser();
        _entra.Directory.AssignAppRole(abe, _entra.Principal, "approver");
        var card = await RequestRestartAsync();
        _entra.Directory.Fail(new FakeFault(500, $"/users/{abe}/appRoleAssignments", null, "generalException", "General exception while processing"));

        var click = await ApproveAsync(card, abe);

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var shown = JsonText.Strings(await click.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token));
        Assert.True(shown.Contains("could not read your roles from Microsoft Entra ID", StringComparison.Ordinal), shown);
        Assert.Equal(0, _entra.App.Estate.Writes);
        Assert.Empty(await _entra.App.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Approved), TestContext.Token));
    }

    [Fact]
    public async Task Audit_RecordsTheSourceOfEachRole()
    {
        var ada = EntraRolesApp.NewUser();
        _entra.Directory.AssignAppRole(ada, _entra.Principal, "approver");
        _entra.Directory.AssignAppRole(ada, _entra.Principal, "reader");
        var assigned = await _entra.App.ClientFor("root", "admin").PutAsJsonAsync($"/api/v1/agent/roles/{ada}", new { roles = new[] { "reader", "auditor" } }, TestContext.Token);
        Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync(TestContext.Token));

        var reply = await _entra.SayAsync(ada, "whoami", "Ada Admin");

        Assert.Contains("Roles: approver, auditor, reader.", reply.AllText, StringComparison.Ordinal);
        var record = Assert.Single(await _entra.App.Audit.QueryAsync(new AuditQuery(EventType: RoleAuditEvents.Resolved, UserId: ada), TestContext.Token));
        Assert.Equal("approver=entra; auditor=local; reader=entra,local", record.Detail);
    }

    public async Task DisposeAsync() => await _entra.DisposeAsync();

    // Olga, an operator only in Entra, asks for a restart in the group chat (Privileged mode); the card is posted there.
    private async Task<RecordedActivity> RequestRestartAsync()
    {
        var olga = EntraRolesApp.NewUser();
        _entra.Directory.AssignAppRole(olga, _entra.Principal, "operator");
        await _entra.App.SetModeAsync("Privileged");
        return await _entra.SayAsync(olga, "restart app-checkout-api because memory leak");
    }

    // Action.Execute "approve" on that card, from the same group chat.
    private Task<HttpResponseMessage> ApproveAsync(RecordedActivity card, string user)
        => _entra.SendAsync(ActivityBuilder.CardAction(
            _entra.Connector.ServiceUrl, "approve", new { approvalId = ApprovalIdIn(card) }, card.Id, user, conversationId: EntraRolesApp.GroupChat, conversationType: "groupChat"));

    private static string ApprovalIdIn(RecordedActivity card)
        => System.Text.RegularExpressions.Regex.Match(card.AllText, "apr_[0-9a-f]{32}").Value is { Length: > 0 } id ? id : throw new InvalidOperationException($"no approval id in {card.AllText}");
}
