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

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync();

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

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> Send(object activity) => _app.CreateClient().PostAsJsonAsync("/api/messages", activity, TestContext.Token);

    private static string ApprovalIdIn(RecordedActivity card)
        => System.Text.RegularExpressions.Regex.Match(card.AllText, "apr_[0-9a-f]{32}").Value is { Length: > 0 } id ? id : throw new InvalidOperationException($"no approval id in {card.AllText}");
}
