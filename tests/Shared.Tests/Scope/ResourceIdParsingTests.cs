using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Scope;

public sealed class ResourceIdParsingTests
{
    [Fact]
    public void SubscriptionId_ParsesAsSubscriptionKind()
    {
        var id = ResourceId.Parse(SandboxIds.SubscriptionId);

        Assert.Equal(ResourceIdKind.Subscription, id.Kind);
        Assert.Equal(SandboxIds.Subscription, id.Subscription);
        Assert.Null(id.ResourceGroup);
        Assert.Null(id.Provider);
        Assert.Null(id.ResourceType);
        Assert.Null(id.ResourceGroupId);
        Assert.Equal(SandboxIds.Subscription, id.Name);
    }

    [Fact]
    public void ResourceGroupId_ParsesAsResourceGroupKind()
    {
        var id = ResourceId.Parse(SandboxIds.ShopProd);

        Assert.Equal(ResourceIdKind.ResourceGroup, id.Kind);
        Assert.Equal(SandboxIds.Subscription, id.Subscription);
        Assert.Equal("rg-shop-prod", id.ResourceGroup);
        Assert.Equal("rg-shop-prod", id.Name);
        Assert.Null(id.Provider);
        Assert.Equal(id, id.ResourceGroupId);
    }

    [Fact]
    public void ResourceId_ParsesProviderTypeAndName()
    {
        var id = ResourceId.Parse(SandboxIds.CheckoutApi);

        Assert.Equal(ResourceIdKind.Resource, id.Kind);
        Assert.Equal("rg-shop-prod", id.ResourceGroup);
        Assert.Equal("Microsoft.Web", id.Provider);
        Assert.Equal("Microsoft.Web/sites", id.ResourceType);
        Assert.Equal("app-checkout-api", id.Name);
        Assert.Equal(["sites", "app-checkout-api"], id.TypesAndNames);
        Assert.Equal(ResourceId.Parse(SandboxIds.ShopProd), id.ResourceGroupId);
    }

    [Fact]
    public void ChildResourceId_ParsesNestedTypeAndLastName()
    {
        var id = ResourceId.Parse(SandboxIds.CheckoutApiSlot);

        Assert.Equal(ResourceIdKind.Resource, id.Kind);
        Assert.Equal("Microsoft.Web/sites/slots", id.ResourceType);
        Assert.Equal("staging", id.Name);
        Assert.Equal(ResourceId.Parse(SandboxIds.ShopProd), id.ResourceGroupId);
    }

    [Theory]
    [InlineData(SandboxIds.SubscriptionId)]
    [InlineData(SandboxIds.ShopProd)]
    [InlineData(SandboxIds.CheckoutApi)]
    [InlineData(SandboxIds.CheckoutApiSlot)]
    [InlineData(SandboxIds.BatchVm)]
    [InlineData(SandboxIds.SubscriptionId + "/resourceGroups/rg_(shop).v2")]
    public void WellFormedId_RoundTripsThroughDisplay(string text)
    {
        Assert.True(ResourceId.TryParse(text, out var id, out var error), error);

        Assert.Equal(text, id.Display);
        Assert.Equal(text, id.ToString());
    }

    [Fact]
    public void ForResourceGroup_BuildsTheSameIdAsParse()
    {
        var id = ResourceId.ForResourceGroup(SandboxIds.Subscription, "rg-shop-prod");

        Assert.Equal(ResourceId.Parse(SandboxIds.ShopProd), id);
    }

    [Fact]
    public void Parse_ThrowsFormatException_WithTheReason()
    {
        var ex = Assert.Throws<FormatException>(() => ResourceId.Parse(SandboxIds.ShopProd + "/../rg-finance-prod"));

        Assert.Contains("..", ex.Message, StringComparison.Ordinal);
    }
}
