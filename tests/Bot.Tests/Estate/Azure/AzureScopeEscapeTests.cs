using ModelContextProtocol.Client;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure.Seeds;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>
/// Over the real MCP session with the Azure provider, every way of naming something under the non-associated group (its
/// own id, other case, dot segments, encoded slashes, doubled or trailing slashes) is refused, and the fake Azure never
/// receives a request whose path or filter touches that group.
/// </summary>
public sealed class AzureScopeEscapeTests(AzureEstateApp estate) : IClassFixture<AzureEstateApp>
{
    public static TheoryData<string, string> ResourceEscapes() => new()
    {
        { "resource_get", "{other}/providers/Microsoft.Web/sites/app-ledger-api" },
        { "resource_health_get", "{other}/providers/Microsoft.Web/sites/app-ledger-api" },
        { "metrics_query", "{other}/providers/Microsoft.Web/sites/app-ledger-api" },
        { "logs_search", "{other}/providers/Microsoft.Web/sites/app-ledger-api" },
        { "resource_get", "{OTHER}/providers/Microsoft.Web/sites/app-ledger-api" },
        { "resource_health_get", "{other}/providers/Microsoft.Web/sites/app-ledger-api/" },
        { "resource_get", "{prod}/../rg-other/providers/Microsoft.Web/sites/app-ledger-api" },
        { "metrics_query", "{prod}/providers/Microsoft.Web/sites/app-checkout-api/../../../../rg-other/providers/Microsoft.Web/sites/app-ledger-api" },
        { "resource_health_get", "{prod}%2F..%2Frg-other/providers/Microsoft.Web/sites/app-ledger-api" },
        { "resource_get", "/subscriptions/{subscription}/resourceGroups//rg-other/providers/Microsoft.Web/sites/app-ledger-api" },
        { "resource_get", "{prod}/providers/Microsoft.Web/sites/app-checkout-api/providers/../../../../../rg-other/providers/Microsoft.Web/sites/app-ledger-api" },
        { "logs_search", "{other}/providers/Microsoft.Web/serverfarms/asp-other" },
    };

    public static TheoryData<string, string> GroupEscapes() => new()
    {
        { "resources_list", "rg-other" },
        { "activity_log_list", "rg-other" },
        { "resources_list", "RG-OTHER" },
        { "activity_log_list", "Rg-Other" },
        { "resources_list", "rg-other/" },
        { "resources_list", "rg-shop-prod/../rg-other" },
        { "activity_log_list", "{other}" },
        { "resources_list", "{prod}/../rg-other" },
        { "activity_log_list", "{OTHER}/" },
    };

    [Theory]
    [MemberData(nameof(ResourceEscapes))]
    public Task AResourceUnderTheOtherGroup_IsRefused_AndNeverRequestedFromAzure(string tool, string resourceId)
        => AssertRefusedAndNeverRequestedAsync(tool, "resourceId", resourceId);

    [Theory]
    [MemberData(nameof(GroupEscapes))]
    public Task TheOtherGroup_IsRefused_AndNeverRequestedFromAzure(string tool, string resourceGroup)
        => AssertRefusedAndNeverRequestedAsync(tool, "resourceGroup", resourceGroup);

    [Fact]
    public async Task TheAssociatedGroup_InOtherCase_IsAllowed_AndReachesAzureForThatGroupOnly()
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");

        var result = await client.CallAsync("resources_list", new { resourceGroup = "RG-SHOP-PROD" });

        Assert.True(result.IsError != true, result.Text());
        Assert.Contains(estate.World.Requests, r => r.Path.Contains("/resourceGroups/rg-shop-prod/resources", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(estate.RequestsUnderOtherGroup());
    }

    private async Task AssertRefusedAndNeverRequestedAsync(string tool, string parameter, string template)
    {
        await using var client = await estate.App.McpClientFor("rita", "reader");
        var readsBefore = estate.App.Estate.Reads;

        var result = await client.CallToolAsync(tool, new Dictionary<string, object?> { [parameter] = Expand(template) }, cancellationToken: TestContext.Token);

        Assert.True(result.IsError, result.Text());
        Assert.Equal(readsBefore, estate.App.Estate.Reads);
        Assert.Empty(estate.RequestsUnderOtherGroup());
    }

    private string Expand(string template) => template
        .Replace("{other}", estate.GroupId(ShopEstate.Other), StringComparison.Ordinal)
        .Replace("{OTHER}", estate.GroupId(ShopEstate.Other).ToUpperInvariant(), StringComparison.Ordinal)
        .Replace("{prod}", estate.GroupId(ShopEstate.ShopProd), StringComparison.Ordinal)
        .Replace("{subscription}", estate.World.Subscription, StringComparison.Ordinal);
}
