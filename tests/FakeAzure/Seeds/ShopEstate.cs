using static SreBot.FakeAzure.Seeds.ArmBodies;

namespace SreBot.FakeAzure.Seeds;

/// <summary>
/// The contract estate in a fake subscription, laid out as the Sandbox's: <c>rg-shop-prod</c> (the checkout API and the
/// storefront on one App Service plan, the batch VM, the orders database, the cart cache, a storage account) and
/// <c>rg-shop-staging</c> (the staging checkout API and its database), plus <see cref="Other"/>, a group SreBot is NOT
/// associated with, holding a web app and its plan. Everything is healthy until <see cref="CheckoutLeakIncident"/> is applied.
/// </summary>
public static class ShopEstate
{
    public const string ShopProd = "rg-shop-prod";
    public const string ShopStaging = "rg-shop-staging";

    /// <summary>A resource group outside SreBot's association: nothing in it may ever be requested.</summary>
    public const string Other = "rg-other";

    public const string CheckoutApi = "app-checkout-api";
    public const string StorefrontWeb = "app-storefront-web";
    public const string CheckoutApiStaging = "app-checkout-api-stg";
    public const string ShopProdPlan = "asp-shop-prod";
    public const string BatchVm = "vm-batch-01";
    public const string OtherApp = "app-ledger-api";

    /// <summary>The checkout API's plan capacity (instances), as in the Sandbox.</summary>
    public const int ShopProdInstances = 3;

    private const string WestEurope = "westeurope";

    /// <summary>Adds the estate (healthy) to <paramref name="world"/>, with the provider registrations its api-versions come from.</summary>
    public static void Seed(FakeWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        world.Providers["Microsoft.Web"] = new() { ["sites"] = ["2024-04-01", "2023-12-01"], ["serverfarms"] = ["2024-04-01", "2023-12-01"] };
        world.Providers["Microsoft.Compute"] = new() { ["virtualMachines"] = ["2024-07-01", "2024-03-01"] };
        world.Providers["Microsoft.Sql"] = new() { ["servers"] = ["2023-08-01"], ["servers/databases"] = ["2023-08-01"] };
        world.Providers["Microsoft.Cache"] = new() { ["Redis"] = ["2024-11-01"] };
        world.Providers["Microsoft.Storage"] = new() { ["storageAccounts"] = ["2024-01-01"] };

        var prod = Tags("prod", "shop", "team-shop", "CC-4711");
        var plan = Id(world, ShopProd, "Microsoft.Web/serverfarms", ShopProdPlan);
        world.AddResource(plan, Plan(ShopProdPlan, WestEurope, prod.DeepClone().AsObject(), "P1v3", "PremiumV3", ShopProdInstances));
        world.AddResource(Id(world, ShopProd, "Microsoft.Web/sites", CheckoutApi), Site(CheckoutApi, WestEurope, Tags("prod", "shop", "team-shop", "CC-4711", "checkout"), plan));
        world.AddResource(Id(world, ShopProd, "Microsoft.Web/sites", StorefrontWeb), Site(StorefrontWeb, WestEurope, Tags("prod", "shop", "team-shop", "CC-4711", "storefront"), plan));
        var vm = Id(world, ShopProd, "Microsoft.Compute/virtualMachines", BatchVm);
        world.AddResource(vm, VirtualMachine(BatchVm, WestEurope, Tags("prod", "shop", "team-shop", "CC-4711", "batch"), "Standard_D4s_v5"));
        world.Answers[$"{vm}/instanceView"] = InstanceView("PowerState/running", "VM running");
        world.AddResource(Id(world, ShopProd, "Microsoft.Sql/servers", "sql-shop-prod"), SqlServer("sql-shop-prod", WestEurope, prod.DeepClone().AsObject()));
        world.AddResource(
            Id(world, ShopProd, "Microsoft.Sql/servers", "sql-shop-prod/databases/sqldb-orders"),
            SqlDatabase("sqldb-orders", WestEurope, Tags("prod", "shop", "team-shop", "CC-4711", "orders"), "GP_Gen5_2", "GeneralPurpose"));
        world.AddResource(Id(world, ShopProd, "Microsoft.Cache/Redis", "redis-shop-prod"), Redis("redis-shop-prod", WestEurope, Tags("prod", "shop", "team-shop", "CC-4711", "cart-cache")));
        world.AddResource(Id(world, ShopProd, "Microsoft.Storage/storageAccounts", "stshopprod01"), Storage("stshopprod01", WestEurope, prod.DeepClone().AsObject(), "Standard_ZRS"));

        var staging = Tags("staging", "shop", "team-shop", "CC-4711");
        var stagingPlan = Id(world, ShopStaging, "Microsoft.Web/serverfarms", "asp-shop-staging");
        world.AddResource(stagingPlan, Plan("asp-shop-staging", WestEurope, staging.DeepClone().AsObject(), "S1", "Standard", 1));
        world.AddResource(
            Id(world, ShopStaging, "Microsoft.Web/sites", CheckoutApiStaging),
            Site(CheckoutApiStaging, WestEurope, Tags("staging", "shop", "team-shop", "CC-4711", "checkout"), stagingPlan));
        world.AddResource(Id(world, ShopStaging, "Microsoft.Sql/servers", "sql-shop-staging"), SqlServer("sql-shop-staging", WestEurope, staging.DeepClone().AsObject()));
        world.AddResource(
            Id(world, ShopStaging, "Microsoft.Sql/servers", "sql-shop-staging/databases/sqldb-orders-stg"),
            SqlDatabase("sqldb-orders-stg", WestEurope, Tags("staging", "shop", "team-shop", "CC-4711", "orders"), "S0", "Standard"));

        var other = Tags("prod", "finance", "team-finance", "CC-2090");
        var otherPlan = Id(world, Other, "Microsoft.Web/serverfarms", "asp-other");
        world.AddResource(otherPlan, Plan("asp-other", "northeurope", other.DeepClone().AsObject(), "P1v3", "PremiumV3", 2));
        world.AddResource(Id(world, Other, "Microsoft.Web/sites", OtherApp), Site(OtherApp, "northeurope", Tags("prod", "finance", "team-finance", "CC-2090", "ledger"), otherPlan));
    }

    /// <summary>The ARM id of a resource in the world's subscription, e.g. (<c>rg-shop-prod</c>, <c>Microsoft.Web/sites</c>, <c>app-checkout-api</c>).</summary>
    /// <param name="nameAndChildren">The name, with child type/name pairs after it for child resources (<c>sql-shop-prod/databases/sqldb-orders</c>).</param>
    public static string Id(FakeWorld world, string group, string providerAndType, string nameAndChildren)
    {
        ArgumentNullException.ThrowIfNull(world);
        return $"/subscriptions/{world.Subscription}/resourceGroups/{group}/providers/{providerAndType}/{nameAndChildren}";
    }

    public static string GroupId(FakeWorld world, string group)
    {
        ArgumentNullException.ThrowIfNull(world);
        return $"/subscriptions/{world.Subscription}/resourceGroups/{group}";
    }

    public static string CheckoutApiId(FakeWorld world) => Id(world, ShopProd, "Microsoft.Web/sites", CheckoutApi);
}
