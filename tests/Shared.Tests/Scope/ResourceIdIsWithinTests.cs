using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Scope;

public sealed class ResourceIdIsWithinTests
{
    private static readonly ResourceId ShopProd = ResourceId.Parse(SandboxIds.ShopProd);

    [Theory]
    [InlineData(SandboxIds.ShopProd)]
    [InlineData(SandboxIds.CheckoutApi)]
    [InlineData(SandboxIds.CheckoutApiSlot)]
    [InlineData(SandboxIds.BatchVm)]
    [InlineData("/SUBSCRIPTIONS/11111111-1111-1111-1111-111111111111/RESOURCEGROUPS/RG-SHOP-PROD/PROVIDERS/MICROSOFT.WEB/SITES/APP-CHECKOUT-API")]
    public void IdInTheGroup_IsWithinIt(string text)
    {
        Assert.True(ResourceId.Parse(text).IsWithin(ShopProd));
    }

    [Theory]
    [InlineData(SandboxIds.FinanceProd)]
    [InlineData(SandboxIds.LedgerApi)]
    [InlineData(SandboxIds.ShopStaging)]
    [InlineData(SandboxIds.CheckoutApiStaging)]
    [InlineData(SandboxIds.SubscriptionId)]
    [InlineData("/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-shop-prod")]
    [InlineData("/subscriptions/22222222-2222-2222-2222-222222222222/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-prod-old")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-prod-old/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-pro")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-prod.")]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/xrg-shop-prod")]
    public void IdOutsideTheGroup_IsNotWithinIt(string text)
    {
        Assert.False(ResourceId.Parse(text).IsWithin(ShopProd));
    }

    [Fact]
    public void PrefixTrick_FailsInBothDirections()
    {
        var old = ResourceId.Parse(SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-prod-old");

        Assert.False(old.IsWithin(ShopProd));
        Assert.False(ShopProd.IsWithin(old));
        Assert.False(ResourceId.Parse(SandboxIds.CheckoutApi).IsWithin(old));
    }

    [Fact]
    public void NothingIsWithin_ASubscriptionOrAResource()
    {
        var subscription = ResourceId.Parse(SandboxIds.SubscriptionId);
        var site = ResourceId.Parse(SandboxIds.CheckoutApi);

        Assert.False(ShopProd.IsWithin(subscription));
        Assert.False(site.IsWithin(subscription));
        Assert.False(subscription.IsWithin(subscription));
        Assert.False(ResourceId.Parse(SandboxIds.CheckoutApiSlot).IsWithin(site));
        Assert.False(site.IsWithin(site));
    }

    [Fact]
    public void IsWithin_IgnoresTheCaseOfTheGroup()
    {
        var upperGroup = ResourceId.Parse(SandboxIds.ShopProd.ToUpperInvariant());

        Assert.True(ResourceId.Parse(SandboxIds.CheckoutApi).IsWithin(upperGroup));
    }
}
