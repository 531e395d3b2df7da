using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.McpServer.InProcess;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.InProcess;

/// <summary>The bot's own tool use: an in-memory MCP session that acts for one user through the same call path.</summary>
public sealed class InProcessMcpSessionTests : IDisposable
{
    private readonly SreBotApp _app = new();

    [Fact]
    public async Task Session_ActsForItsUser_ThroughTheSamePolicyAndAudit()
    {
        var sessions = _app.Services.GetRequiredService<InProcessMcpSessions>();
        await using var session = await sessions.OpenAsync(User("teams-user-1", "reader"), TestContext.Token);

        var tools = await session.Client.ListToolsAsync(cancellationToken: TestContext.Token);
        var allowed = await session.Client.CallAsync("resources_list", new { resourceGroup = "rg-shop-prod" });
        var refused = await session.Client.CallAsync("resource_get", new { resourceId = SandboxIds.LedgerApi });

        Assert.DoesNotContain(tools, t => t.Name == "resource_restart");
        Assert.True(allowed.IsError != true, allowed.Text());
        Assert.True(refused.IsError);
        var records = await _app.Audit.QueryAsync(new AuditQuery(UserId: "teams-user-1", EventType: AuditEventTypes.ToolCall), TestContext.Token);
        Assert.Equal([AuditDecisions.Allow, AuditDecisions.Deny], records.Select(r => r.Decision));
    }

    [Fact]
    public async Task TwoSessions_KeepTheirOwnUsers()
    {
        var sessions = _app.Services.GetRequiredService<InProcessMcpSessions>();
        await using var reader = await sessions.OpenAsync(User("teams-reader", "reader"), TestContext.Token);
        await using var nobody = await sessions.OpenAsync(User("teams-nobody"), TestContext.Token);

        var readerResult = await reader.Client.CallAsync("resources_list", new { resourceGroup = "rg-shop-prod" });
        var nobodyResult = await nobody.Client.CallAsync("resources_list", new { resourceGroup = "rg-shop-prod" });

        Assert.True(readerResult.IsError != true);
        Assert.True(nobodyResult.IsError);
    }

    public void Dispose() => _app.Dispose();

    private static ClaimsPrincipal User(string id, params string[] roles)
        => new(new ClaimsIdentity([new Claim("oid", id), .. roles.Select(r => new Claim("roles", r))], "teams", "oid", "roles"));
}
