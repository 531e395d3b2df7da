using System.Net.Http.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Tests.Estate;

/// <summary>
/// Provider-neutral estate errors reach the model (over MCP) and the user (in chat) as their own clear message, not as
/// "The tool failed"; the call is still audited once, as an error.
/// </summary>
public sealed class EstateErrorTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public static TheoryData<string, string> Kinds() => new()
    {
        { "forbidden", "lacks the permission 'Microsoft.Resources/subscriptions/resourceGroups/read'" },
        { "throttled", "Throttled: the estate is limiting requests; try again in 30 seconds." },
        { "unavailable", "Unavailable: the estate cannot be reached right now" },
    };

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task NotFound_OverMcp_NamesTheResource()
    {
        await using var client = await _app.McpClientFor("rita", "reader");
        var missing = SandboxIds.CheckoutApi.Replace("app-checkout-api", "app-gone", StringComparison.Ordinal);

        var result = await client.CallAsync("resource_get", new { resourceId = missing });

        Assert.True(result.IsError);
        Assert.Contains("app-gone' was not found", result.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NotFound_InChat_NamesTheResource()
    {
        var missing = SandboxIds.CheckoutApi.Replace("app-checkout-api", "app-gone", StringComparison.Ordinal);

        await SendAsync($"investigate {missing}");
        var reply = await _connector.NextAsync();

        Assert.Contains("app-gone' was not found", reply.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EstateError_OverMcp_IsTheProvidersMessage_AuditedAsAnError(string kind, string expected)
    {
        _app.Estate.ReadFault = Fault(kind);
        await using var client = await _app.McpClientFor("rita", "reader");

        var result = await client.CallAsync("resources_list", new { resourceGroup = "rg-shop-prod" });

        Assert.True(result.IsError);
        Assert.Contains(expected, result.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("The tool failed", result.Text(), StringComparison.Ordinal);
        var record = Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(UserId: "rita", EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Equal("error", record.Outcome);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EstateError_InChat_IsTheProvidersMessage(string kind, string expected)
    {
        _app.Estate.ReadFault = Fault(kind);

        await SendAsync("investigate app-checkout-api");
        var reply = await _connector.NextAsync();

        Assert.Contains(expected, reply.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("The tool failed", reply.AllText, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private static EstateException Fault(string kind) => kind switch
    {
        "forbidden" => new EstateForbiddenException("Microsoft.Resources/subscriptions/resourceGroups/read", ResourceId.Parse(SandboxIds.ShopProd)),
        "throttled" => new EstateThrottledException(TimeSpan.FromSeconds(30)),
        _ => new EstateUnavailableException(),
    };

    private async Task SendAsync(string text)
        => (await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, text), TestContext.Token)).EnsureSuccessStatusCode();
}
