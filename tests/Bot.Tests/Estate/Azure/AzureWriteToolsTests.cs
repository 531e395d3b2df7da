using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure;
using SreBot.FakeAzure.Seeds;
using SreBot.Shared.Estate.Azure.Permissions;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>
/// Privileged mode on the fake Azure: the upgrade passes the write-permission check read from Azure's
/// <c>Microsoft.Authorization/permissions</c> of each associated group; a restart and a scale of the checkout API are requested
/// over MCP, nothing reaches Azure before the approval, the approval executes each exactly once, and a second approval or a
/// replay of the decision executes nothing more.
/// </summary>
public sealed class AzureWriteToolsTests : IDisposable
{
    private readonly AzureEstateApp _estate = new();

    public AzureWriteToolsTests()
    {
        _estate.World.GrantPermissions(ShopEstate.ShopProd, AzureWriteActions.DistinctActions);
        _estate.World.GrantPermissions(ShopEstate.ShopStaging, ["Microsoft.Web/*", "Microsoft.Compute/*", "Microsoft.App/*"]);
    }

    private FakeWorld World => _estate.World;

    private SreBotApp App => _estate.App;

    [Fact]
    public async Task Upgrade_IsCheckedAgainstAzuresPermissionsOfEveryAssociatedGroup()
    {
        var response = await App.SetModeAsync("Privileged");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var group in new[] { ShopEstate.ShopProd, ShopEstate.ShopStaging })
        {
            Assert.Contains(World.Requests, r => r.Path.Equals($"{_estate.GroupId(group)}/providers/Microsoft.Authorization/permissions", StringComparison.OrdinalIgnoreCase));
        }

        Assert.Empty(_estate.RequestsUnderOtherGroup());
    }

    [Fact]
    public async Task Restart_RunsOnAzureOnlyAfterApproval_ExactlyOnce_EvenWhenApprovedAgain()
    {
        Assert.Equal(HttpStatusCode.OK, (await App.SetModeAsync("Privileged")).StatusCode);

        var id = await RequestAsync("resource_restart", new { resourceId = _estate.CheckoutApi, reason = "memory leak" });

        Assert.Equal(0, World.Operations.Count(_estate.CheckoutApi, FakeOperations.Restart));
        var approved = await DecideAsync("abe", id);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Executed", (await approved.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("approval").GetProperty("status").GetString());
        Assert.Equal(1, World.Operations.Count(_estate.CheckoutApi, FakeOperations.Restart));

        var again = await DecideAsync("bea", id);
        var replay = await DecideAsync("abe", id);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Single(World.Operations.Executions);
        Assert.Equal(1, World.Operations.Count(_estate.CheckoutApi, FakeOperations.Restart));
        Assert.True((await App.Audit.VerifyAsync(TestContext.Token)).Ok);
    }

    [Fact]
    public async Task Scale_SetsThePlansCapacityOnAzureOnlyAfterApproval_ExactlyOnce_EvenWhenApprovedAgain()
    {
        var plan = ShopEstate.Id(World, ShopEstate.ShopProd, "Microsoft.Web/serverfarms", ShopEstate.ShopProdPlan);
        Assert.Equal(HttpStatusCode.OK, (await App.SetModeAsync("Privileged")).StatusCode);

        var id = await RequestAsync("resource_scale", new { resourceId = _estate.CheckoutApi, instanceCount = 5, reason = "cpu saturation" });

        Assert.Empty(World.Operations.Executions);
        Assert.Equal(ShopEstate.ShopProdInstances, World.Resources[plan]["sku"]!["capacity"]!.GetValue<int>());
        var approved = await DecideAsync("abe", id);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        Assert.Equal("Executed", (await approved.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("approval").GetProperty("status").GetString());
        Assert.Equal(1, World.Operations.Count(plan, FakeOperations.Update));
        Assert.Equal(5, World.Resources[plan]["sku"]!["capacity"]!.GetValue<int>());

        var again = await DecideAsync("bea", id);
        var replay = await DecideAsync("abe", id);

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Single(World.Operations.Executions);
        Assert.True((await App.Audit.VerifyAsync(TestContext.Token)).Ok);
        Assert.Empty(_estate.RequestsUnderOtherGroup());
    }

    [Fact]
    public async Task Upgrade_IsRefused_NamingTheGroupAndTheActionAzureDoesNotGrant()
    {
        using var estate = new AzureEstateApp();
        estate.World.GrantPermissions(ShopEstate.ShopProd, AzureWriteActions.DistinctActions);
        estate.World.GrantPermissions(ShopEstate.ShopStaging, ["*"], ["Microsoft.Web/sites/restart/action"]);

        var response = await estate.App.SetModeAsync("Privileged");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var detail = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("detail").GetString()!;
        Assert.Contains(ShopEstate.ShopStaging, detail, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Web/sites/restart/action", detail, StringComparison.Ordinal);
        Assert.Equal("Reader", (await estate.App.Services.GetAgentAsync()).Mode.ToString());
        Assert.Empty(estate.World.Operations.Executions);
    }

    public void Dispose() => _estate.Dispose();

    private async Task<string> RequestAsync(string tool, object arguments)
    {
        await using var client = await App.McpClientFor("olga", "operator");
        var result = await client.CallAsync(tool, arguments);
        Assert.True(result.IsError != true, result.Text());
        var answer = result.StructuredContent!.Value;
        Assert.Equal("pending_approval", answer.GetProperty("status").GetString());
        return answer.GetProperty("approvalId").GetString()!;
    }

    private Task<HttpResponseMessage> DecideAsync(string approver, string id)
        => App.ClientFor(approver, "approver").PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, TestContext.Token);
}
