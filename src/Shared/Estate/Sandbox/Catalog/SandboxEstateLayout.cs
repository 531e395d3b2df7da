using System.Collections.Frozen;
using static SreBot.Shared.Estate.Sandbox.Catalog.SandboxEstate;

namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>What the sandbox estate contains: resource groups, resources, their sizes and tags.</summary>
internal static class SandboxEstateLayout
{
    private const double GiB = 1024d * 1024 * 1024;
    private const string WestEurope = "westeurope";
    private const string NorthEurope = "northeurope";

    public static IReadOnlyList<SandboxResourceGroup> ResourceGroups() =>
    [
        new(ShopProdId, WestEurope, SandboxResourceGroup.Contributor),
        new(ShopStagingId, WestEurope, SandboxResourceGroup.Contributor),
        new(FinanceProdId, NorthEurope, SandboxResourceGroup.Reader),
    ];

    public static IReadOnlyList<SandboxResourceDefinition> Resources() => [.. ShopProdResources(), .. ShopStagingResources(), .. FinanceProdResources()];

    private static IEnumerable<SandboxResourceDefinition> ShopProdResources()
    {
        var tags = Tags("prod", "shop", "team-shop", "CC-4711");
        var redis = ResourceIdOf(ShopProd, RedisType, "redis-shop-prod");
        yield return new(ShopProdPlanId, WestEurope, tags, "P1v3", "Ready", new AppServicePlanProfile(3, 2, 8 * GiB, 1.3 * GiB));
        yield return new(CheckoutApiId, WestEurope, With(tags, "component", "checkout"), "P1v3", "Running", new WebAppProfile(
            ShopProdPlanId, PeakRequestsPerMinute: 1800, CpuSecondsPerRequest: 0.035, BaseWorkingSetBytes: 1.4 * GiB,
            MemoryBudgetBytes: 5 * GiB, BaseResponseSeconds: 0.118, "Contoso.Shop.Checkout", "4.17.2",
            ["POST /api/checkout/submit", "GET /api/cart/{cartId}", "POST /api/cart/{cartId}/items", "GET /api/checkout/shipping-options"],
            [new(OrdersDatabaseId, 0.35), new(redis, 0.6)]));
        yield return new(StorefrontWebId, WestEurope, With(tags, "component", "storefront"), "P1v3", "Running", new WebAppProfile(
            ShopProdPlanId, PeakRequestsPerMinute: 2400, CpuSecondsPerRequest: 0.025, BaseWorkingSetBytes: 0.9 * GiB,
            MemoryBudgetBytes: 3 * GiB, BaseResponseSeconds: 0.074, "Contoso.Shop.Storefront", "2.31.0",
            ["GET /", "GET /products/{slug}", "GET /search", "GET /category/{slug}"],
            [new(redis, 0.8)]));
        yield return new(BatchVmId, WestEurope, With(tags, "component", "batch"), "Standard_D4s_v5", "VM running", new VirtualMachineProfile(
            4, 16 * GiB, TimeSpan.FromHours(1), TimeSpan.FromHours(3.5), "nightly-settlement"));
        yield return new(ResourceIdOf(ShopProd, SqlServersType, ShopProdSqlServer), WestEurope, tags, null, "Ready");
        yield return new(OrdersDatabaseId, WestEurope, With(tags, "component", "orders"), "GP_Gen5_2", "Online", new SqlDatabaseProfile(
            PeakCpuPercent: 34, PeakConnectionsPerMinute: 620, StoragePercent: 41.7));
        yield return new(redis, WestEurope, With(tags, "component", "cart-cache"), "Standard C1", "Succeeded");
        yield return new(ResourceIdOf(ShopProd, StorageAccountsType, "stshopprod01"), WestEurope, tags, "Standard_ZRS", "Succeeded");
    }

    private static IEnumerable<SandboxResourceDefinition> ShopStagingResources()
    {
        var tags = Tags("staging", "shop", "team-shop", "CC-4711");
        var plan = ResourceIdOf(ShopStaging, PlansType, "asp-shop-staging");
        var database = ResourceIdOf(ShopStaging, SqlServersType, "sql-shop-staging", "databases", "sqldb-orders-stg");
        yield return new(plan, WestEurope, tags, "S1", "Ready", new AppServicePlanProfile(1, 1, 1.75 * GiB, 0.55 * GiB));
        yield return new(CheckoutApiStagingId, WestEurope, With(tags, "component", "checkout"), "S1", "Running", new WebAppProfile(
            plan, PeakRequestsPerMinute: 40, CpuSecondsPerRequest: 0.035, BaseWorkingSetBytes: 0.42 * GiB,
            MemoryBudgetBytes: 1.1 * GiB, BaseResponseSeconds: 0.131, "Contoso.Shop.Checkout", "4.17.2",
            ["POST /api/checkout/submit", "GET /api/cart/{cartId}", "POST /api/cart/{cartId}/items", "GET /api/checkout/shipping-options"],
            [new(database, 0.35)]));
        yield return new(ResourceIdOf(ShopStaging, SqlServersType, "sql-shop-staging"), WestEurope, tags, null, "Ready");
        yield return new(database, WestEurope, With(tags, "component", "orders"), "S0", "Online", new SqlDatabaseProfile(
            PeakCpuPercent: 6, PeakConnectionsPerMinute: 24, StoragePercent: 12.3));
    }

    private static IEnumerable<SandboxResourceDefinition> FinanceProdResources()
    {
        var tags = Tags("prod", "finance", "team-finance", "CC-2090");
        var plan = ResourceIdOf(FinanceProd, PlansType, "asp-finance-prod");
        var database = ResourceIdOf(FinanceProd, SqlServersType, "sql-finance-prod", "databases", "sqldb-ledger");
        yield return new(plan, NorthEurope, tags, "P1v3", "Ready", new AppServicePlanProfile(2, 2, 8 * GiB, 1.3 * GiB));
        yield return new(LedgerApiId, NorthEurope, With(tags, "component", "ledger"), "P1v3", "Running", new WebAppProfile(
            plan, PeakRequestsPerMinute: 380, CpuSecondsPerRequest: 0.06, BaseWorkingSetBytes: 1.1 * GiB,
            MemoryBudgetBytes: 5 * GiB, BaseResponseSeconds: 0.092, "Contoso.Finance.Ledger", "1.42.0",
            ["POST /api/ledger/entries", "GET /api/ledger/accounts/{accountId}", "GET /api/ledger/balances", "POST /api/ledger/reconcile"],
            [new(database, 0.7)]));
        yield return new(ResourceIdOf(FinanceProd, SqlServersType, "sql-finance-prod"), NorthEurope, tags, null, "Ready");
        yield return new(database, NorthEurope, With(tags, "component", "ledger"), "BC_Gen5_4", "Online", new SqlDatabaseProfile(
            PeakCpuPercent: 22, PeakConnectionsPerMinute: 210, StoragePercent: 63.2));
        yield return new(ResourceIdOf(FinanceProd, StorageAccountsType, "stfinanceprod01"), NorthEurope, tags, "Standard_GRS", "Succeeded");
    }

    private static FrozenDictionary<string, string> Tags(string environment, string system, string owner, string costCenter)
        => new Dictionary<string, string>
        {
            ["environment"] = environment,
            ["system"] = system,
            ["owner"] = owner,
            ["cost-center"] = costCenter,
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, string> With(FrozenDictionary<string, string> tags, string key, string value)
        => new Dictionary<string, string>(tags) { [key] = value }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
