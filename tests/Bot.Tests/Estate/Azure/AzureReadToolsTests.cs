using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>With <c>Estate:Provider=Azure</c>, every read tool called by a reader over the real MCP session answers from the fake Azure, and says so.</summary>
public sealed class AzureReadToolsTests(AzureEstateApp estate) : IClassFixture<AzureEstateApp>
{
    [Fact]
    public async Task ResourcesList_ListsTheGroupFromResourceManager_AndSaysItIsReadFromAzure()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("resources_list", new { resourceGroup = ShopWorld.ProdGroup }));

        AssertFromAzure(result);
        var names = result.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        Assert.Equal(["app-checkout-api", "plan-checkout", "vm-batch-01"], names);
        Assert.Contains(estate.World.Requests, r => r.Method == "GET" && r.Path.Equals($"/subscriptions/{estate.World.Subscription}/resourceGroups/{ShopWorld.ProdGroup}/resources", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResourceGet_ReadsTheWebApp_WithItsPlansInstanceCount()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("resource_get", new { resourceId = estate.CheckoutApi }));

        AssertFromAzure(result);
        var resource = result.GetProperty("resource");
        Assert.Equal("app-checkout-api", resource.GetProperty("name").GetString());
        Assert.Equal("Running", resource.GetProperty("state").GetString());
        Assert.Equal(2, resource.GetProperty("instanceCount").GetInt32());
        Assert.Contains(estate.World.Requests, r => r.Path.Equals(ShopWorld.CheckoutPlan(estate.World), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResourceGet_ReadsTheVmsPowerState_FromItsInstanceView()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("resource_get", new { resourceId = ShopWorld.BatchVm(estate.World) }));

        Assert.Equal("running", result.GetProperty("resource").GetProperty("state").GetString());
    }

    [Fact]
    public async Task ResourceHealthGet_IsResourceHealthsCurrentStatus()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("resource_health_get", new { resourceId = estate.CheckoutApi }));

        AssertFromAzure(result);
        Assert.Equal("Degraded", result.GetProperty("availabilityState").GetString());
        Assert.Equal("Unplanned", result.GetProperty("reasonType").GetString());
    }

    [Fact]
    public async Task MetricsQuery_ReturnsAzureMonitorsSeries_AndAnUnknownNameListsTheValidOnes()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("metrics_query", new { resourceId = estate.CheckoutApi, metricNames = new[] { "memoryworkingset" } }));
        var unknown = await client.CallAsync("metrics_query", new { resourceId = estate.CheckoutApi, metricNames = new[] { "Bogus" } });

        AssertFromAzure(result);
        var metric = result.GetProperty("metrics")[0];
        Assert.Equal("MemoryWorkingSet", metric.GetProperty("name").GetString());
        Assert.Equal(600e6, metric.GetProperty("statistics").GetProperty("first").GetDouble());
        Assert.Equal(1850e6, metric.GetProperty("statistics").GetProperty("last").GetDouble());
        Assert.True(unknown.IsError);
        Assert.Contains("Valid names: ", unknown.Text(), StringComparison.Ordinal);
        Assert.Contains("Http5xx", unknown.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActivityLogList_FiltersOnTheGroup_AndShowsOnlyItsEvents()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("activity_log_list", new { resourceGroup = ShopWorld.ProdGroup }));

        AssertFromAzure(result);
        var evt = Assert.Single(result.GetProperty("events").EnumerateArray());
        Assert.Equal("app-checkout-api", evt.GetProperty("resourceName").GetString());
        Assert.Equal("Microsoft.Web/sites/write", evt.GetProperty("operation").GetString());
        var request = Assert.Single(estate.World.Requests, r => r.Path.EndsWith("/eventtypes/management/values", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"resourceGroupName eq '{ShopWorld.ProdGroup}'", Uri.UnescapeDataString(request.Query), StringComparison.Ordinal);
    }

    internal static void AssertFromAzure(JsonElement answer)
    {
        var source = answer.GetProperty("source");
        Assert.Equal("azure", source.GetProperty("provider").GetString());
        Assert.False(source.GetProperty("simulated").GetBoolean());
    }

    internal static JsonElement Answer(ModelContextProtocol.Protocol.CallToolResult result)
    {
        Assert.True(result.IsError != true, result.Text());
        return result.StructuredContent!.Value;
    }
}
