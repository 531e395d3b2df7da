using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Estate;

namespace SreBot.Bot.Tests.Approvals;

/// <summary>Only a write request that could run reaches an approver: arguments, the target's existence and type are checked first.</summary>
public sealed class WriteRequestValidationTests : IDisposable
{
    private const string Missing = $"{SandboxIds.ShopProd}/providers/Microsoft.Web/sites/app-does-not-exist";
    private const string Plan = $"{SandboxIds.ShopProd}/providers/Microsoft.Web/serverfarms/asp-shop-prod";
    private const string Vm = $"{SandboxIds.ShopProd}/providers/Microsoft.Compute/virtualMachines/vm-batch-01";

    private readonly SreBotApp _app = new();

    public static TheoryData<string, string, string> BadRequests => new()
    {
        { "resource_scale", $$"""{"resourceId":"{{SandboxIds.CheckoutApi}}","instanceCount":1000,"reason":"cpu"}""", "between 1 and 30" },
        { "resource_scale", $$"""{"resourceId":"{{SandboxIds.CheckoutApi}}","instanceCount":-5,"reason":"cpu"}""", "between 1 and 30" },
        { "resource_scale", $$"""{"resourceId":"{{SandboxIds.CheckoutApi}}","instanceCount":0,"reason":"cpu"}""", "between 1 and 30" },
        { "resource_scale", $$"""{"resourceId":"{{SandboxIds.CheckoutApi}}","instanceCount":2.5,"reason":"cpu"}""", "instanceCount" },
        { "resource_scale", $$"""{"resourceId":"{{SandboxIds.CheckoutApi}}","instanceCount":"4","reason":"cpu"}""", "instanceCount" },
        { "resource_scale", $$"""{"resourceId":"{{SandboxIds.CheckoutApi}}","instanceCount":null,"reason":"cpu"}""", "instanceCount" },
        { "resource_scale", $$"""{"resourceId":"{{SandboxIds.CheckoutApi}}","reason":"cpu"}""", "instanceCount" },
        { "resource_scale", $$"""{"resourceId":"{{Missing}}","instanceCount":3,"reason":"cpu"}""", "was not found" },
        { "resource_scale", $$"""{"resourceId":"{{Vm}}","instanceCount":3,"reason":"cpu"}""", "can scale only" },
        { "resource_restart", $$"""{"resourceId":"{{Missing}}","reason":"leak"}""", "was not found" },
        { "resource_restart", $$"""{"resourceId":"{{Plan}}","reason":"leak"}""", "can restart only" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task AWriteRequestThatCouldNotRun_IsRefused_AndNoApprovalIsCreated(string tool, string arguments, string expected)
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        using var document = JsonDocument.Parse(arguments);
        var result = await client.CallToolAsync(
            tool, document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone()), cancellationToken: TestContext.Token);

        Assert.True(result.IsError, result.Text());
        Assert.Contains(expected, result.Text(), StringComparison.Ordinal);
        Assert.Empty(await _app.Services.GetRequiredService<ApprovalWorkflow>().ListAsync(null, 10, TestContext.Token));
        Assert.Equal(0, _app.Estate.Writes);
        var record = Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(UserId: "olga", Tool: tool, EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Equal(AuditDecisions.Deny, record.Decision);
        Assert.Empty(await _app.Audit.QueryAsync(new AuditQuery(EventType: ApprovalAuditEvents.Requested), TestContext.Token));
    }

    [Theory]
    [InlineData("resource_scale", 1)]
    [InlineData("resource_scale", 30)]
    public async Task AValidScaleRequest_AtTheLimits_WaitsForApproval(string tool, int count)
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        var result = await client.CallAsync(tool, new { resourceId = SandboxIds.CheckoutApi, instanceCount = count, reason = "cpu" });

        Assert.True(result.IsError != true, result.Text());
        Assert.Equal("pending_approval", result.StructuredContent!.Value.GetProperty("status").GetString());
    }

    [Fact]
    public async Task ARestartOfAVirtualMachine_WaitsForApproval()
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        var result = await client.CallAsync("resource_restart", new { resourceId = Vm, reason = "stuck" });

        Assert.True(result.IsError != true, result.Text());
    }

    [Fact]
    public async Task TheScaleToolDescribesTheLimitsItEnforces()
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        var scale = (await client.ListToolsAsync(cancellationToken: TestContext.Token)).Single(t => t.Name == "resource_scale");

        var description = scale.JsonSchema.GetProperty("properties").GetProperty("instanceCount").GetProperty("description").GetString();
        Assert.Contains($"{ScaleLimits.MinInstanceCount} to {ScaleLimits.MaxInstanceCount}", description, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
