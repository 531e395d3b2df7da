using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Approvals;

/// <summary>Write tools never act on their own: refused in Reader mode, pending approval in Privileged mode.</summary>
public sealed class WriteToolTests : IDisposable
{
    public static TheoryData<string, object> WriteCalls => new()
    {
        { "resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "memory leak" } },
        { "resource_scale", new { resourceId = SandboxIds.CheckoutApi, instanceCount = 4, reason = "cpu" } },
    };

    private readonly SreBotApp _app = new();

    [Theory]
    [MemberData(nameof(WriteCalls))]
    public async Task WriteTool_IsRefused_InReaderMode_WithZeroProviderWrites(string tool, object arguments)
    {
        await using var client = await _app.McpClientFor("olga", "operator");

        var listed = await client.ListToolsAsync(cancellationToken: TestContext.Token);
        var result = await client.CallAsync(tool, arguments);

        Assert.DoesNotContain(listed, t => t.Name == tool);
        Assert.True(result.IsError);
        Assert.Contains("Reader mode", result.Text(), StringComparison.Ordinal);
        Assert.Equal(0, _app.Estate.Writes);
    }

    [Theory]
    [MemberData(nameof(WriteCalls))]
    public async Task WriteTool_ByAnOperator_InPrivilegedMode_WaitsForApproval(string tool, object arguments)
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        var listed = await client.ListToolsAsync(cancellationToken: TestContext.Token);
        var result = await client.CallAsync(tool, arguments);

        Assert.Contains(listed, t => t.Name == tool);
        Assert.True(result.IsError != true, result.Text());
        var pending = result.StructuredContent!.Value;
        Assert.Equal("pending_approval", pending.GetProperty("status").GetString());
        Assert.StartsWith("apr_", pending.GetProperty("approvalId").GetString(), StringComparison.Ordinal);
        Assert.True(pending.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(55));
        Assert.Equal(0, _app.Estate.Writes);
        var record = Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(UserId: "olga", Tool: tool, EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Equal(AuditDecisions.Pending, record.Decision);
    }

    [Theory]
    [InlineData("reader")]
    [InlineData("approver")]
    [InlineData("admin")]
    public async Task WriteTool_WithoutTheOperatorRole_IsHiddenAndRefused(string role)
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("nina", role);

        var listed = await client.ListToolsAsync(cancellationToken: TestContext.Token);
        var result = await client.CallAsync("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "x" });

        Assert.DoesNotContain(listed, t => t.Name == "resource_restart");
        Assert.True(result.IsError);
        Assert.Contains("operator", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteTool_WithoutAReason_IsRefused()
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        var result = await client.CallAsync("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = " " });

        Assert.True(result.IsError);
        Assert.Contains("reason", result.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData($"{SandboxIds.ShopProd}/providers/Microsoft.Authorization/roleAssignments/00000000-0000-0000-0000-000000000001")]
    [InlineData($"{SandboxIds.ShopProd}/providers/Microsoft.KeyVault/vaults/kv-shop/secrets/db-password")]
    public async Task BlockedOperations_AreRefused_EvenInPrivilegedMode(string resourceId)
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        var result = await client.CallAsync("resource_restart", new { resourceId, reason = "please" });

        Assert.True(result.IsError);
        Assert.Contains("off limits", result.Text(), StringComparison.Ordinal);
        var record = Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(UserId: "olga", EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Equal("BlockedOperation", record.Detail);
    }

    [Fact]
    public async Task WriteTool_OutOfScope_IsRefused_InPrivilegedMode()
    {
        await _app.SetModeAsync("Privileged");
        await using var client = await _app.McpClientFor("olga", "operator");

        var result = await client.CallAsync("resource_restart", new { resourceId = SandboxIds.LedgerApi, reason = "x" });

        Assert.True(result.IsError);
        Assert.Contains("outside", result.Text(), StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
