using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Scope;

/// <summary>Ids at the wrong level of the hierarchy, malformed subscriptions, and degenerate input.</summary>
public sealed class ResourceIdLevelTests
{
    private const int MaxLength = 1024;

    public static TheoryData<string?, string> Rejected => new()
    {
        // Tenant-level ids.
        { "/providers/Microsoft.Management/managementGroups/mg-root", "tenant-level" },
        { "/providers/Microsoft.Authorization/roleAssignments/x", "tenant-level" },
        { "/PROVIDERS/Microsoft.Authorization/roleDefinitions/x", "tenant-level" },

        // Subscription-level provider ids.
        { SandboxIds.SubscriptionId + "/providers/Microsoft.Authorization/roleAssignments/x", "subscription-level" },
        { SandboxIds.SubscriptionId + "/providers/Microsoft.Web/sites/app-checkout-api", "subscription-level" },
        { SandboxIds.SubscriptionId + "/providers", "subscription-level" },

        // Not a subscription GUID.
        { "/subscriptions/not-a-guid/resourceGroups/rg-shop-prod", "GUID" },
        { "/subscriptions/11111111111111111111111111111111/resourceGroups/rg-shop-prod", "GUID" },
        { "/subscriptions/(11111111-1111-1111-1111-111111111111)/resourceGroups/rg-shop-prod", "GUID" },
        { "/subscriptions/11111111-1111-1111-1111-11111111111g", "GUID" },
        { "/subscriptions/11111111-1111-1111-1111-1111111111111/resourceGroups/rg-shop-prod", "GUID" },

        // Not a full id.
        { "rg-shop-prod", "/subscriptions/" },
        { "subscriptions/" + SandboxIds.Subscription + "/resourceGroups/rg-shop-prod", "/subscriptions/" },
        { "/", "/subscriptions/" },
        { "/subscriptions", "/subscriptions/" },
        { "/resourceGroups/rg-shop-prod", "/subscriptions/" },
        { SandboxIds.SubscriptionId + "/resourceGroups", "/resourceGroups/" },
        { SandboxIds.SubscriptionId + "/locations/westeurope", "/resourceGroups/" },

        // Empty and whitespace.
        { null, "empty" },
        { "", "empty" },
        { "   ", "empty" },
        { "\t\r\n", "empty" },
    };

    [Theory]
    [MemberData(nameof(Rejected))]
    public void Id_IsRejected_WithAHelpfulMessage(string? text, string keyPhrase)
    {
        Assert.False(ResourceId.TryParse(text, out var id, out var error));

        Assert.Null(id);
        Assert.Contains(keyPhrase, error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void VeryLongId_IsRejected_WithTheLimitInTheMessage()
    {
        var text = SandboxIds.ShopProd + "/providers/Microsoft.Web/sites/" + new string('a', 100_000);

        Assert.False(ResourceId.TryParse(text, out _, out var error));

        Assert.Contains("longer than", error, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(MaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), error, StringComparison.Ordinal);
    }

    [Fact]
    public void IdAtTheLengthLimit_IsAccepted_AndOneMore_IsRejected()
    {
        var prefix = SandboxIds.ShopProd + "/providers/Microsoft.Web/sites/";
        var atLimit = prefix + new string('a', MaxLength - prefix.Length);

        Assert.True(ResourceId.TryParse(atLimit, out _, out var error), error);
        Assert.False(ResourceId.TryParse(atLimit + "a", out _, out _));
    }
}
