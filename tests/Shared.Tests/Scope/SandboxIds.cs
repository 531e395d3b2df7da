namespace SreBot.Shared.Tests.Scope;

/// <summary>Ids from the Sandbox estate (ARCHITECTURE.md), written out by hand so tests do not depend on the parser.</summary>
internal static class SandboxIds
{
    public const string Subscription = "11111111-1111-1111-1111-111111111111";
    public const string OtherSubscription = "22222222-2222-2222-2222-222222222222";

    public const string SubscriptionId = "/subscriptions/" + Subscription;

    public const string ShopProd = SubscriptionId + "/resourceGroups/rg-shop-prod";
    public const string ShopStaging = SubscriptionId + "/resourceGroups/rg-shop-staging";
    public const string FinanceProd = SubscriptionId + "/resourceGroups/rg-finance-prod";

    public const string CheckoutApi = ShopProd + "/providers/Microsoft.Web/sites/app-checkout-api";
    public const string CheckoutApiSlot = CheckoutApi + "/slots/staging";
    public const string BatchVm = ShopProd + "/providers/Microsoft.Compute/virtualMachines/vm-batch-01";
    public const string CheckoutApiStaging = ShopStaging + "/providers/Microsoft.Web/sites/app-checkout-api-stg";
    public const string LedgerApi = FinanceProd + "/providers/Microsoft.Web/sites/app-ledger-api";
}
