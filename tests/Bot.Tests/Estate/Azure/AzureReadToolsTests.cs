using System.Text.Json;
using ModelContextProtocol.Protocol;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure.Seeds;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>With <c>Estate:Provider=Azure</c>, every read tool called by a reader over the real MCP session answers from the fake Azure, and says so.</summary>
public sealed class AzureReadToolsTests(AzureEstateApp estate) : IClassFixture<AzureEstateApp>
{
    [Fact]
    public async Task ResourcesList_ListsTheGroupFromResourceManager_AndSaysItIsReadFromAzure()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");
        var prefix = estate.GroupId(ShopEstate.ShopProd) + "/";
        var seeded = estate.World.Resources.Values
            .Where(r => r["id"]!.GetValue<string>().StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            .Select(r => r["id"]!.GetValue<string>()).Order(StringComparer.OrdinalIgnoreCase).ToList();

        var result = Answer(await client.CallAsync("resources_list", new { resourceGroup = ShopEstate.ShopProd }));

        AssertFromAzure(result);
        var ids = result.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.OrdinalIgnoreCase).ToList();
        Assert.Equal(seeded, ids, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(estate.World.Requests, r => r.Method == "GET" && r.Path.Equals(estate.GroupId(ShopEstate.ShopProd) + "/resources", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResourceGet_ReadsTheWebApp_WithItsPlansInstanceCount()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("resource_get", new { resourceId = estate.CheckoutApi }));

        AssertFromAzure(result);
        var resource = result.GetProperty("resource");
        Assert.Equal(ShopEstate.CheckoutApi, resource.GetProperty("name").GetString());
        Assert.Equal("Microsoft.Web/sites", resource.GetProperty("type").GetString());
        Assert.Equal(ShopEstate.ShopProdInstances, resource.GetProperty("instanceCount").GetInt32());
        Assert.Contains(estate.World.Requests, r => r.Path.Equals(ShopEstate.Id(estate.World, ShopEstate.ShopProd, "Microsoft.Web/serverfarms", ShopEstate.ShopProdPlan), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResourceGet_ReadsTheVmsPowerState_FromItsInstanceView()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");
        var vm = ShopEstate.Id(estate.World, ShopEstate.ShopProd, "Microsoft.Compute/virtualMachines", ShopEstate.BatchVm);

        var result = Answer(await client.CallAsync("resource_get", new { resourceId = vm }));

        AssertFromAzure(result);
        Assert.Equal("running", result.GetProperty("resource").GetProperty("state").GetString());
        Assert.Contains(estate.World.Requests, r => r.Path.Equals(vm + "/instanceView", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ResourceHealthGet_IsResourceHealthsCurrentStatus()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("resource_health_get", new { resourceId = estate.CheckoutApi }));

        AssertFromAzure(result);
        Assert.Equal("Degraded", result.GetProperty("availabilityState").GetString());
        Assert.Equal("Unplanned", result.GetProperty("reasonType").GetString());
        Assert.Contains("low on memory", result.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MetricsQuery_ReturnsAzureMonitorsSeries_AndAnUnknownNameListsTheValidOnes()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");
        var served = estate.World.Metrics[estate.CheckoutApi]["MemoryWorkingSet"].Points;

        var result = Answer(await client.CallAsync("metrics_query", new { resourceId = estate.CheckoutApi, metricNames = new[] { "memoryworkingset" } }));
        var unknown = await client.CallAsync("metrics_query", new { resourceId = estate.CheckoutApi, metricNames = new[] { "Bogus" } });

        AssertFromAzure(result);
        var metric = result.GetProperty("metrics")[0];
        Assert.Equal("MemoryWorkingSet", metric.GetProperty("name").GetString());
        var points = metric.GetProperty("points").EnumerateArray().Where(p => p.GetProperty("value").ValueKind == JsonValueKind.Number).ToList();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.Equal(served.Single(s => s.At == p.GetProperty("time").GetDateTimeOffset()).Value, p.GetProperty("value").GetDouble(), 0));
        Assert.True(metric.GetProperty("statistics").GetProperty("last").GetDouble() > metric.GetProperty("statistics").GetProperty("first").GetDouble(), "the leak: memory climbs");
        Assert.True(unknown.IsError);
        Assert.Contains("Valid names: ", unknown.Text(), StringComparison.Ordinal);
        Assert.Contains("Http5xx", unknown.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogsSearch_IsAResourceCentricLogAnalyticsQuery_FindingTheOutOfMemoryErrors()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("logs_search", new { resourceId = estate.CheckoutApi, minimumLevel = "Error", text = "OutOfMemoryException" }));

        AssertFromAzure(result);
        var entries = result.GetProperty("entries").EnumerateArray().ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Contains("OutOfMemoryException", e.GetProperty("message").GetString(), StringComparison.Ordinal));
        Assert.Contains(estate.World.Requests, r => r.Method == "POST" && r.Path.Equals($"/v1{estate.CheckoutApi}/query", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ActivityLogList_FiltersOnTheGroup_AndShowsOnlyItsEvents()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = Answer(await client.CallAsync("activity_log_list", new { resourceGroup = ShopEstate.ShopProd }));

        AssertFromAzure(result);
        var evt = Assert.Single(result.GetProperty("events").EnumerateArray());
        Assert.Equal(ShopEstate.CheckoutApi, evt.GetProperty("resourceName").GetString());
        Assert.Equal("Microsoft.Web/sites/deployments/write", evt.GetProperty("operation").GetString());
        Assert.Contains(CheckoutLeakIncident.Release, evt.GetProperty("description").GetString(), StringComparison.Ordinal);
        var request = Assert.Single(estate.World.Requests, r => r.Path.EndsWith("/eventtypes/management/values", StringComparison.OrdinalIgnoreCase));
        Assert.Contains($"resourceGroupName eq '{ShopEstate.ShopProd}'", Uri.UnescapeDataString(request.Query), StringComparison.Ordinal);
    }

    private static void AssertFromAzure(JsonElement answer)
    {
        var source = answer.GetProperty("source");
        Assert.Equal("azure", source.GetProperty("provider").GetString());
        Assert.False(source.GetProperty("simulated").GetBoolean());
    }

    private static JsonElement Answer(CallToolResult result)
    {
        Assert.True(result.IsError != true, result.Text());
        return result.StructuredContent!.Value;
    }
}
