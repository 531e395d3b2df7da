using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.AI;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Agent.External;

/// <summary>
/// A write-marked external tool never runs directly: in Privileged mode it becomes an approval like ours, and only the
/// approval runs it, once, through the same runner and call path, with the stored arguments.
/// </summary>
public sealed class ExternalWriteApprovalTests
{
    [Fact]
    public async Task ExternalWrite_WaitsForApproval_ThenRunsOnce_WithTheStoredArguments()
    {
        await using var server = await LoopbackWriteServer.StartAsync();
        using var app = ExternalServersApp.Create(server.McpEndpoint, new FixedTokenCredential("t"), allowed: ["app_restart"], writes: ["app_restart"], name: "ops");
        Assert.Equal(HttpStatusCode.OK, (await app.SetModeAsync("Privileged")).StatusCode);
        var restart = Assert.Single(await app.ToolsFor(ExternalServersApp.Caller("olga", "operator")));

        var value = await restart.InvokeAsync(
            new AIFunctionArguments(new Dictionary<string, object?> { ["resourceId"] = SandboxIds.CheckoutApi, ["reason"] = "memory leak" }),
            TestContext.Token);
        var pending = Assert.IsType<JsonElement>(value).Deserialize<CallToolResult>(McpJsonUtilities.DefaultOptions)!.StructuredContent!.Value;

        Assert.Equal("ops__app_restart", restart.Name);
        Assert.Contains("reason", restart.JsonSchema.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("pending_approval", pending.GetProperty("status").GetString());
        Assert.Empty(server.Calls);

        var id = pending.GetProperty("approvalId").GetString();
        var decided = await app.ClientFor("abe", "approver").PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, TestContext.Token);
        var approval = await app.ClientFor("abe", "approver").GetFromJsonAsync<JsonElement>($"/api/v1/approvals/{id}", TestContext.Token);

        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync(TestContext.Token));
        Assert.Equal("Executed", approval.GetProperty("status").GetString());
        var call = Assert.Single(server.Calls);
        Assert.Equal(SandboxIds.CheckoutApi, call["resourceId"]);
        Assert.False(call.ContainsKey("reason")); // SreBot's own parameter, for the approver, not for the server
        var records = await app.Audit.QueryAsync(new AuditQuery(Tool: "external:ops/app_restart", EventType: AuditEventTypes.ToolCall), TestContext.Token);
        Assert.Equal([AuditDecisions.Pending, AuditDecisions.Allow], records.OrderBy(r => r.Sequence).Select(r => r.Decision));
    }

    [Fact]
    public async Task ExternalWrite_OutsideTheAssociatedResourceGroups_IsRefused_BeforeTheServer()
    {
        await using var server = await LoopbackWriteServer.StartAsync();
        using var app = ExternalServersApp.Create(server.McpEndpoint, new FixedTokenCredential("t"), allowed: ["app_restart"], writes: ["app_restart"], name: "ops");
        await app.SetModeAsync("Privileged");
        var restart = Assert.Single(await app.ToolsFor(ExternalServersApp.Caller("olga", "operator")));

        var value = await restart.InvokeAsync(
            new AIFunctionArguments(new Dictionary<string, object?> { ["resourceId"] = SandboxIds.LedgerApi, ["reason"] = "try" }),
            TestContext.Token);
        var result = Assert.IsType<JsonElement>(value).Deserialize<CallToolResult>(McpJsonUtilities.DefaultOptions)!;

        Assert.True(result.IsError);
        Assert.Contains("outside the resource groups", ((TextContentBlock)result.Content[0]).Text, StringComparison.Ordinal);
        Assert.Empty(server.Calls);
    }
}
