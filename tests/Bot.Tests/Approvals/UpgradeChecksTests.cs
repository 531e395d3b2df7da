using System.Net;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Approvals;

/// <summary>An upgrade to Privileged that cannot check a group is refused with a 409 naming the group, never a 500.</summary>
public sealed class UpgradeChecksTests
{
    [Fact]
    public async Task Upgrade_WithAGroupTheEstateDoesNotKnow_Is409_NamingTheGroup()
    {
        using var app = new SreBotApp(new Dictionary<string, string?>
        {
            ["Agent:ResourceGroups:0"] = "rg-shop-prod",
            ["Agent:ResourceGroups:1"] = "rg-ghost",
        });

        var response = await app.SetModeAsync("Privileged");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Token));
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains("rg-ghost", detail, StringComparison.Ordinal);
        Assert.Contains("not found", detail, StringComparison.Ordinal);
        var check = Assert.Single(problem.RootElement.GetProperty("checks").EnumerateArray(), c => c.GetProperty("resourceGroup").GetString()!.EndsWith("rg-ghost", StringComparison.Ordinal));
        Assert.False(check.GetProperty("allowed").GetBoolean());
        Assert.Equal("Reader", (await app.Services.GetAgentAsync()).Mode.ToString());
        var records = await app.Audit.QueryAsync(new AuditQuery(UserId: "ada", EventType: AgentAuditEvents.Mode), TestContext.Token);
        Assert.Contains(records, r => r.Decision == AuditDecisions.Deny);
    }
}
