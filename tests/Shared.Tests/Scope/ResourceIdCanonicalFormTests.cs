using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Scope;

public sealed class ResourceIdCanonicalFormTests
{
    public static TheoryData<string, string> CaseVariants => new()
    {
        { SandboxIds.CheckoutApi, SandboxIds.CheckoutApi.ToUpperInvariant() },
        { SandboxIds.CheckoutApi, SandboxIds.CheckoutApi.ToLowerInvariant() },
        {
            SandboxIds.CheckoutApi,
            "/SUBSCRIPTIONS/11111111-1111-1111-1111-111111111111/RESOURCEGROUPS/RG-Shop-Prod/PROVIDERS/microsoft.web/SITES/App-Checkout-Api"
        },
        { SandboxIds.ShopProd, "/subscriptions/11111111-1111-1111-1111-111111111111/resourcegroups/RG-SHOP-PROD" },
        { SandboxIds.CheckoutApiSlot, SandboxIds.CheckoutApiSlot.ToUpperInvariant() },
        { SandboxIds.SubscriptionId, SandboxIds.SubscriptionId.ToUpperInvariant() },
    };

    [Theory]
    [MemberData(nameof(CaseVariants))]
    public void CaseVariants_AreEqual_WithTheSameCanonicalAndHash(string original, string variant)
    {
        var a = ResourceId.Parse(original);
        var b = ResourceId.Parse(variant);

        Assert.Equal(a, b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.Canonical, b.Canonical);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(a.Kind, b.Kind);
    }

    [Fact]
    public void Canonical_IsLowerCaseInvariant()
    {
        var id = ResourceId.Parse(SandboxIds.CheckoutApi.ToUpperInvariant());

        Assert.Equal(SandboxIds.CheckoutApi.ToLowerInvariant(), id.Canonical);
    }

    [Fact]
    public void Display_KeepsNamesAsGiven_AndNormalisesFixedSegments()
    {
        var id = ResourceId.Parse(
            "/SUBSCRIPTIONS/11111111-1111-1111-1111-111111111111/RESOURCEGROUPS/RG-Shop-Prod/PROVIDERS/Microsoft.Web/sites/App-Checkout-Api");

        Assert.Equal(
            "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/RG-Shop-Prod/providers/Microsoft.Web/sites/App-Checkout-Api",
            id.Display);
        Assert.Equal("RG-Shop-Prod", id.ResourceGroup);
        Assert.Equal("App-Checkout-Api", id.Name);
    }

    [Fact]
    public void Subscription_IsLowerCasedGuid_EvenWhenGivenUpperCase()
    {
        var id = ResourceId.Parse("/subscriptions/ABCDEF00-1111-2222-3333-444455556666/resourceGroups/rg-shop-prod");

        Assert.Equal("abcdef00-1111-2222-3333-444455556666", id.Subscription);
        Assert.StartsWith("/subscriptions/abcdef00-1111-2222-3333-444455556666/", id.Display, StringComparison.Ordinal);
    }

    [Fact]
    public void DifferentNames_AreNotEqual()
    {
        Assert.NotEqual(ResourceId.Parse(SandboxIds.ShopProd), ResourceId.Parse(SandboxIds.ShopStaging));
        Assert.NotEqual(ResourceId.Parse(SandboxIds.CheckoutApi), ResourceId.Parse(SandboxIds.CheckoutApiStaging));
        Assert.False(ResourceId.Parse(SandboxIds.ShopProd).Equals(null));
    }
}
