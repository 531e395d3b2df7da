using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>A 403 AuthorizationFailed from Azure reaches the user as a plain answer naming the missing permission, is audited as an error, and the chain still verifies.</summary>
public sealed class AzureForbiddenTests(AzureEstateApp estate) : IClassFixture<AzureEstateApp>
{
    [Fact]
    public async Task A403FromAzure_NamesTheMissingPermission_IsAuditedAsAnError_AndTheChainVerifies()
    {
        var user = $"rita-{Guid.NewGuid():N}";
        estate.World.Fail(FakeFault.AuthorizationFailed("/providers/Microsoft.Insights/metrics", "Microsoft.Insights/metrics/read", estate.CheckoutApi));
        await using var client = await estate.App.McpClientFor(user, "reader");

        var result = await client.CallAsync("metrics_query", new { resourceId = estate.CheckoutApi, metricNames = new[] { "Http5xx" }, aggregation = "Total" });

        Assert.True(result.IsError);
        Assert.Contains($"SreBot's identity lacks the permission 'Microsoft.Insights/metrics/read' on '{estate.CheckoutApi}'", result.Text(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("aaaaaaaa-0000", result.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Text(), StringComparison.Ordinal);
        Assert.Contains(estate.World.Requests, r => r.Path.EndsWith("/providers/Microsoft.Insights/metrics", StringComparison.OrdinalIgnoreCase));
        var record = Assert.Single(await estate.App.Audit.QueryAsync(new AuditQuery(UserId: user, EventType: AuditEventTypes.ToolCall), TestContext.Token));
        Assert.Equal("metrics_query", record.Tool);
        Assert.Equal(AuditDecisions.Allow, record.Decision);
        Assert.Equal(AuditOutcomes.Error, record.Outcome);
        var verify = await estate.App.ClientFor("audrey", "auditor").GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Token);
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
    }
}
