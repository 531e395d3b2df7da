using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Scope;

/// <summary>Path tricks that could make an id read as in scope while the provider resolves something else.</summary>
public sealed class ResourceIdEscapeTests
{
    private const string LedgerTail = "/rg-finance-prod/providers/Microsoft.Web/sites/app-ledger-api";

    /// <summary>Escape attempt → a phrase the error message must contain (case-insensitive).</summary>
    public static TheoryData<string, string> EscapeForms => new()
    {
        // Dot segments.
        { SandboxIds.ShopProd + "/.." + LedgerTail, "'..'" },
        { SandboxIds.CheckoutApi + "/../../../.." + LedgerTail, "'..'" },
        { SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-prod/./providers/Microsoft.Web/sites/app-checkout-api", "'.'" },
        { SandboxIds.CheckoutApi + "/..", "'..'" },
        { SandboxIds.CheckoutApi + "/.", "'.'" },

        // Percent-encoding in any form.
        { SandboxIds.ShopProd + "%2F..%2F" + "rg-finance-prod", "percent" },
        { SandboxIds.ShopProd + "%2f..%2f" + "rg-finance-prod", "percent" },
        { SandboxIds.ShopProd + "%252F..%252F" + "rg-finance-prod", "percent" },
        { SandboxIds.ShopProd + "%2E%2E", "percent" },
        { SandboxIds.CheckoutApi + "%", "percent" },
        { SandboxIds.SubscriptionId + "/resourceGroups/rg-shop-pr%6Fd", "percent" },

        // Backslashes.
        { SandboxIds.ShopProd + "\\..\\rg-finance-prod", "backslash" },
        { SandboxIds.CheckoutApi + "\\", "backslash" },

        // Empty segments anywhere.
        { "/" + SandboxIds.ShopProd, "'//'" },
        { SandboxIds.SubscriptionId + "//resourceGroups/rg-shop-prod", "'//'" },
        { SandboxIds.ShopProd + "//providers/Microsoft.Web/sites/app-checkout-api", "'//'" },
        { SandboxIds.ShopProd + "/providers/Microsoft.Web/sites//app-checkout-api", "'//'" },

        // Trailing slash.
        { SandboxIds.ShopProd + "/", "end with '/'" },
        { SandboxIds.CheckoutApi + "/", "end with '/'" },
        { SandboxIds.SubscriptionId + "/", "end with '/'" },

        // Trailing odd segments and incomplete resources.
        { SandboxIds.CheckoutApi + "/extra", "trailing segment" },
        { SandboxIds.CheckoutApiSlot + "/extra", "trailing segment" },
        { SandboxIds.ShopProd + "/providers/Microsoft.Web/sites", "/providers/{namespace}/{type}/{name}" },
        { SandboxIds.ShopProd + "/providers/Microsoft.Web", "/providers/{namespace}/{type}/{name}" },
        { SandboxIds.ShopProd + "/providers", "/providers/{namespace}/{type}/{name}" },
        { SandboxIds.ShopProd + "/sites/app-checkout-api", "/providers/{namespace}/{type}/{name}" },
        { SandboxIds.ShopProd + "/providers/web/sites/app-checkout-api", "namespace" },

        // Appended extension resources and nested hierarchy segments.
        { SandboxIds.CheckoutApi + "/providers/Microsoft.Authorization/roleAssignments/x", "nested" },
        { SandboxIds.CheckoutApi + "/PROVIDERS/Microsoft.Authorization/roleAssignments/x", "nested" },
        { SandboxIds.CheckoutApi + "/resourceGroups" + LedgerTail, "nested" },
        { SandboxIds.CheckoutApi + "/resourcegroups/rg-finance-prod", "nested" },
        { SandboxIds.CheckoutApi + "/subscriptions/" + SandboxIds.OtherSubscription, "nested" },
        { SandboxIds.CheckoutApi + "/subscriptions/" + SandboxIds.OtherSubscription + "/resourceGroups" + LedgerTail, "nested" },
        { SandboxIds.ShopProd + "/providers/Microsoft.Resources/resourceGroups/rg-finance-prod", "nested" },
        { SandboxIds.ShopProd + "/providers/Microsoft.Resources/subscriptions/" + SandboxIds.OtherSubscription, "nested" },
    };

    [Theory]
    [MemberData(nameof(EscapeForms))]
    public void EscapeForm_IsRejected_WithAHelpfulMessage(string text, string keyPhrase)
    {
        var parsed = ResourceId.TryParse(text, out var id, out var error);

        Assert.False(parsed, $"'{text}' parsed as '{id}'");
        Assert.Null(id);
        Assert.Contains(keyPhrase, error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(keyPhrase, Assert.Throws<FormatException>(() => ResourceId.Parse(text)).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void EvenTypeAndNameSegments_AfterAResource_AreAChildOfThatResource_NotAnEscape()
    {
        // ".../sites/app-checkout-api/extra/more" is a child resource id; it stays inside rg-shop-prod.
        var id = ResourceId.Parse(SandboxIds.CheckoutApi + "/extra/more");

        Assert.Equal("Microsoft.Web/sites/extra", id.ResourceType);
        Assert.Equal(ResourceId.Parse(SandboxIds.ShopProd), id.ResourceGroupId);
    }

    [Fact]
    public void ResourceGroupNamedLikeAKeyword_IsReadByPosition_AndStaysItsOwnGroup()
    {
        // ARM reads ids by position, so a group literally named "providers" is just a (different) group.
        var id = ResourceId.Parse(SandboxIds.SubscriptionId + "/resourceGroups/providers");

        Assert.Equal(ResourceIdKind.ResourceGroup, id.Kind);
        Assert.False(id.IsWithin(ResourceId.Parse(SandboxIds.ShopProd)));
    }
}
