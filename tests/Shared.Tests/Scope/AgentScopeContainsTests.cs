using SreBot.Shared.Policy;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Scope;

public sealed class AgentScopeContainsTests
{
    private static readonly AgentScope Scope = new(
        AccessMode.Reader,
        [ResourceId.Parse(SandboxIds.ShopProd), ResourceId.Parse(SandboxIds.ShopStaging)],
        SandboxIds.Subscription);

    [Theory]
    [InlineData(SandboxIds.ShopProd)]
    [InlineData(SandboxIds.ShopStaging)]
    [InlineData(SandboxIds.CheckoutApi)]
    [InlineData(SandboxIds.CheckoutApiSlot)]
    [InlineData(SandboxIds.BatchVm)]
    [InlineData(SandboxIds.CheckoutApiStaging)]
    [InlineData("/subscriptions/11111111-1111-1111-1111-111111111111/resourcegroups/RG-SHOP-STAGING/providers/microsoft.web/sites/APP-CHECKOUT-API-STG")]
    public void AssociatedGroupsAndTheirResources_AreInScope(string text)
    {
        Assert.True(Scope.Contains(ResourceId.Parse(text)));
    }

    [Theory]
    [InlineData(SandboxIds.FinanceProd)]
    [InlineData(SandboxIds.LedgerApi)]
    [InlineData("/SUBSCRIPTIONS/11111111-1111-1111-1111-111111111111/RESOURCEGROUPS/RG-FINANCE-PROD/PROVIDERS/MICROSOFT.WEB/SITES/APP-LEDGER-API")]
    [InlineData(SandboxIds.SubscriptionId)]
    [InlineData("/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-shop-prod")]
    [InlineData("/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-prod-old")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-prod-old/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-staging2")]
    public void OtherGroupsSubscriptionsAndPrefixTricks_AreOutOfScope(string text)
    {
        Assert.False(Scope.Contains(ResourceId.Parse(text)));
    }

    [Fact]
    public void EmptyScope_ContainsNothing()
    {
        var empty = new AgentScope(AccessMode.Privileged, [], SandboxIds.Subscription);

        Assert.False(empty.Contains(ResourceId.Parse(SandboxIds.CheckoutApi)));
        Assert.False(empty.Contains(ResourceId.Parse(SandboxIds.ShopProd)));
    }

    [Fact]
    public void ScopeListingASubscription_DoesNotWidenToTheWholeSubscription()
    {
        var wide = new AgentScope(AccessMode.Privileged, [ResourceId.Parse(SandboxIds.SubscriptionId)], SandboxIds.Subscription);

        Assert.False(wide.Contains(ResourceId.Parse(SandboxIds.LedgerApi)));
        Assert.False(wide.Contains(ResourceId.Parse(SandboxIds.SubscriptionId)));
    }
}
