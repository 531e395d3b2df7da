namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>Ids of the Sandbox estate (ARCHITECTURE.md).</summary>
public static class SandboxIds
{
    public const string Subscription = "11111111-1111-1111-1111-111111111111";
    public const string ShopProd = $"/subscriptions/{Subscription}/resourceGroups/rg-shop-prod";
    public const string CheckoutApi = $"{ShopProd}/providers/Microsoft.Web/sites/app-checkout-api";
    public const string LedgerApi = $"/subscriptions/{Subscription}/resourceGroups/rg-finance-prod/providers/Microsoft.Web/sites/app-ledger-api";
}
