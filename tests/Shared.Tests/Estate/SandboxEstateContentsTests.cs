using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxEstateContentsTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ShopProd_ContainsTheContractResources_WithTheirTypes()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var resources = await sandbox.Estate.ListResourcesAsync(SandboxEstate.ShopProdId, null, None);

        var types = resources.ToDictionary(r => r.Name, r => r.Type);
        Assert.Equal("Microsoft.Web/sites", types["app-checkout-api"]);
        Assert.Equal("Microsoft.Compute/virtualMachines", types["vm-batch-01"]);
        Assert.Equal("Microsoft.Web/serverfarms", types["asp-shop-prod"]);
        Assert.Equal("Microsoft.Sql/servers/databases", types["sqldb-orders"]);
        Assert.Contains(resources, r => r.Type == "Microsoft.Cache/Redis");
        Assert.Contains(resources, r => r.Type == "Microsoft.Storage/storageAccounts");
        Assert.All(resources, r => Assert.True(r.Id.IsWithin(SandboxEstate.ShopProdId)));
        Assert.All(resources, r => Assert.Equal("westeurope", r.Location));
        Assert.All(resources, r => Assert.Equal("prod", r.Tags["environment"]));
    }

    [Fact]
    public async Task StagingAndFinance_ContainTheirApps()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var staging = await sandbox.Estate.ListResourcesAsync(SandboxEstate.ShopStagingId, "Microsoft.Web/sites", None);
        var finance = await sandbox.Estate.ListResourcesAsync(SandboxEstate.FinanceProdId, "microsoft.web/SITES", None);

        Assert.Equal(["app-checkout-api-stg"], staging.Select(r => r.Name));
        Assert.Equal(["app-ledger-api"], finance.Select(r => r.Name));
        Assert.Equal("/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-finance-prod/providers/Microsoft.Web/sites/app-ledger-api", finance[0].Id.Display);
    }

    [Fact]
    public async Task WebApp_ReportsItsPlansSkuAndInstanceCount()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var checkout = await sandbox.Estate.GetResourceAsync(SandboxEstate.CheckoutApiId, None);
        var vm = await sandbox.Estate.GetResourceAsync(SandboxEstate.BatchVmId, None);

        Assert.NotNull(checkout);
        Assert.Equal(("P1v3", 3, "Running"), (checkout.Sku, checkout.InstanceCount, checkout.State));
        Assert.Equal("checkout", checkout.Tags["component"]);
        Assert.NotNull(vm);
        Assert.Equal(("Standard_D4s_v5", 1, "VM running"), (vm.Sku, vm.InstanceCount, vm.State));
    }

    [Fact]
    public async Task GetResource_ComparesIdsCaseInsensitively_AndReturnsNullForUnknownIds()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var shouting = ResourceId.Parse(SandboxEstate.CheckoutApiId.Display.ToUpperInvariant());
        var unknown = SandboxEstate.ResourceIdOf(SandboxEstate.ShopProd, SandboxEstate.SitesType, "app-does-not-exist");

        var found = await sandbox.Estate.GetResourceAsync(shouting, None);

        Assert.NotNull(found);
        Assert.Equal(SandboxEstate.CheckoutApiId.Display, found.Id.Display);
        Assert.Null(await sandbox.Estate.GetResourceAsync(unknown, None));
        Assert.Null(await sandbox.Estate.GetResourceAsync(SandboxEstate.ShopProdId, None));
    }

    [Fact]
    public async Task UnknownResourceGroup_IsNotFound()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var unknown = SandboxEstate.ResourceGroupId("rg-nope");
        var otherSubscription = ResourceId.ForResourceGroup("22222222-2222-2222-2222-222222222222", SandboxEstate.ShopProd);

        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.ListResourcesAsync(unknown, null, None));
        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.ListResourcesAsync(otherSubscription, null, None));
        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.ListResourcesAsync(SandboxEstate.CheckoutApiId, null, None));
    }

    [Fact]
    public async Task OperationsOnUnknownResources_AreNotFound()
    {
        await using var sandbox = await SandboxHarness.StartAsync();
        var unknown = SandboxEstate.ResourceIdOf(SandboxEstate.ShopProd, SandboxEstate.SitesType, "app-ghost");
        var window = new MetricsQuery([], sandbox.Now.AddHours(-1), sandbox.Now, TimeSpan.FromMinutes(5), MetricAggregation.Average);
        var logs = new LogSearchQuery(null, LogSeverity.Verbose, sandbox.Now.AddHours(-1), sandbox.Now, 10);

        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.GetHealthAsync(unknown, None));
        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.QueryMetricsAsync(unknown, window, None));
        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.SearchLogsAsync(unknown, logs, None));
        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.ListActivityLogAsync(unknown, sandbox.Now.AddHours(-1), sandbox.Now, None));
        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.RestartAsync(unknown, None));
        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.ScaleAsync(unknown, 2, None));
    }

    [Fact]
    public async Task Provenance_SaysTheDataIsSimulated()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var provenance = sandbox.Estate.Provenance;

        Assert.Equal("sandbox", provenance.Provider);
        Assert.True(provenance.Simulated);
        Assert.Contains("Simulated", provenance.Note, StringComparison.Ordinal);
        Assert.Contains("not come from Azure", provenance.Note, StringComparison.Ordinal);
    }
}
