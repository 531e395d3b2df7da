using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Catalog;

/// <summary>The sandbox estate's fixed names and ids: contracts that other components and tests rely on.</summary>
public static class SandboxEstate
{
    public const string Subscription = "11111111-1111-1111-1111-111111111111";

    public const string ShopProd = "rg-shop-prod";
    public const string ShopStaging = "rg-shop-staging";
    public const string FinanceProd = "rg-finance-prod";

    public const string CheckoutApi = "app-checkout-api";
    public const string StorefrontWeb = "app-storefront-web";
    public const string CheckoutApiStaging = "app-checkout-api-stg";
    public const string LedgerApi = "app-ledger-api";
    public const string BatchVm = "vm-batch-01";
    public const string ShopProdPlan = "asp-shop-prod";
    public const string OrdersDatabase = "sqldb-orders";
    public const string ShopProdSqlServer = "sql-shop-prod";

    public const string SitesType = "Microsoft.Web/sites";
    public const string PlansType = "Microsoft.Web/serverfarms";
    public const string VirtualMachinesType = "Microsoft.Compute/virtualMachines";
    public const string SqlServersType = "Microsoft.Sql/servers";
    public const string SqlDatabasesType = "Microsoft.Sql/servers/databases";
    public const string RedisType = "Microsoft.Cache/Redis";
    public const string StorageAccountsType = "Microsoft.Storage/storageAccounts";

    /// <summary>Carried by every sandbox answer.</summary>
    public static EstateProvenance Provenance { get; } = new(
        "sandbox",
        true,
        "Simulated data from SreBot's built-in sandbox estate; it does not come from Azure and no real resource is affected.");

    public static ResourceId ShopProdId { get; } = ResourceGroupId(ShopProd);

    public static ResourceId ShopStagingId { get; } = ResourceGroupId(ShopStaging);

    public static ResourceId FinanceProdId { get; } = ResourceGroupId(FinanceProd);

    public static ResourceId CheckoutApiId { get; } = ResourceIdOf(ShopProd, SitesType, CheckoutApi);

    public static ResourceId StorefrontWebId { get; } = ResourceIdOf(ShopProd, SitesType, StorefrontWeb);

    public static ResourceId CheckoutApiStagingId { get; } = ResourceIdOf(ShopStaging, SitesType, CheckoutApiStaging);

    public static ResourceId LedgerApiId { get; } = ResourceIdOf(FinanceProd, SitesType, LedgerApi);

    public static ResourceId BatchVmId { get; } = ResourceIdOf(ShopProd, VirtualMachinesType, BatchVm);

    public static ResourceId ShopProdPlanId { get; } = ResourceIdOf(ShopProd, PlansType, ShopProdPlan);

    public static ResourceId OrdersDatabaseId { get; } = ResourceIdOf(ShopProd, SqlServersType, ShopProdSqlServer, "databases", OrdersDatabase);

    public static ResourceId ResourceGroupId(string resourceGroup) => ResourceId.ForResourceGroup(Subscription, resourceGroup);

    /// <summary>The id of a resource in the sandbox subscription, e.g. (<c>rg-shop-prod</c>, <c>Microsoft.Web/sites</c>, <c>app-checkout-api</c>).</summary>
    /// <param name="childTypesAndNames">Further type/name pairs for child resources, e.g. <c>databases</c>, <c>sqldb-orders</c>.</param>
    public static ResourceId ResourceIdOf(string resourceGroup, string providerAndType, string name, params string[] childTypesAndNames)
    {
        var path = string.Join('/', [providerAndType, name, .. childTypesAndNames]);
        return ResourceId.Parse($"/subscriptions/{Subscription}/resourceGroups/{resourceGroup}/providers/{path}");
    }
}
