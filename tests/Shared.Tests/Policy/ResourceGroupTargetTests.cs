using SreBot.Shared.Policy;
using SreBot.Shared.Scope;
using SreBot.Shared.Tests.Scope;
using static SreBot.Shared.Tests.Policy.PolicyFixtures;

namespace SreBot.Shared.Tests.Policy;

/// <summary>How a resource-group tool's <c>resourceGroup</c> and <c>subscription</c> arguments become a scoped id.</summary>
public sealed class ResourceGroupTargetTests
{
    private static PolicyDecision DecideGroup(string? resourceGroup, string? subscription = null, string defaultSubscription = SandboxIds.Subscription)
        => PolicyEngine.Decide(new PolicyRequest(
            Caller("reader"), ReadGroup, new ToolTarget(resourceGroup, subscription), SandboxScope(AccessMode.Reader, defaultSubscription)));

    [Fact]
    public void BareName_UsesTheDefaultSubscription()
    {
        var decision = DecideGroup("rg-shop-prod");

        Assert.Equal(PolicyOutcome.Allow, decision.Outcome);
        Assert.Equal(Id(SandboxIds.ShopProd), decision.Target);
    }

    [Fact]
    public void BareName_InAnotherDefaultSubscription_IsOutOfScope()
    {
        var decision = DecideGroup("rg-shop-prod", defaultSubscription: SandboxIds.OtherSubscription);

        Assert.Equal(DenialCode.OutOfScope, decision.Denial);
        Assert.Equal(SandboxIds.OtherSubscription, decision.Target?.Subscription);
    }

    [Theory]
    [InlineData(SandboxIds.Subscription, PolicyOutcome.Allow)]
    [InlineData("  ", PolicyOutcome.Allow)]
    [InlineData(SandboxIds.OtherSubscription, PolicyOutcome.Deny)]
    public void SubscriptionArgument_OverridesTheDefault_WhenGiven(string subscription, PolicyOutcome expected)
    {
        var decision = DecideGroup("rg-shop-prod", subscription);

        Assert.Equal(expected, decision.Outcome);
    }

    [Theory]
    [InlineData("RG-SHOP-PROD")]
    [InlineData("Rg-Shop-Prod")]
    [InlineData(SandboxIds.ShopProd)]
    [InlineData("/SUBSCRIPTIONS/11111111-1111-1111-1111-111111111111/RESOURCEGROUPS/RG-SHOP-PROD")]
    public void NameOrFullId_InAnyCase_IsTheSameInScopeGroup(string resourceGroup)
    {
        var decision = DecideGroup(resourceGroup);

        Assert.Equal(PolicyOutcome.Allow, decision.Outcome);
        Assert.Equal(Id(SandboxIds.ShopProd), decision.Target);
    }

    [Theory]
    [InlineData("rg-shop-prod/../rg-finance-prod")]
    [InlineData("../rg-finance-prod")]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("rg-shop-prod/")]
    [InlineData("rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData("rg-shop-prod%2F..%2Frg-finance-prod")]
    [InlineData("rg-shop-prod\\..\\rg-finance-prod")]
    [InlineData("rg-shop-prod\uFF0F..\uFF0Frg-finance-prod")]
    [InlineData("rg-shop-prod ")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void BareNameThatIsAPathOrMalformed_IsDenied(string? resourceGroup)
    {
        var decision = DecideGroup(resourceGroup);

        Assert.Equal(DenialCode.InvalidTarget, decision.Denial);
        Assert.Null(decision.Target);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
    }

    [Theory]
    [InlineData("not-a-guid")]
    [InlineData("11111111111111111111111111111111")]
    [InlineData("11111111-1111-1111-1111-11111111111")]
    [InlineData("..")]
    [InlineData("11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod")]
    [InlineData("22222222-2222-2222-2222-222222222222/../11111111-1111-1111-1111-111111111111")]
    [InlineData("11111111-1111-1111-1111-111111111111%2F")]
    public void SubscriptionArgumentThatIsNotAGuid_IsDenied(string subscription)
    {
        var decision = DecideGroup("rg-shop-prod", subscription);

        Assert.Equal(DenialCode.InvalidTarget, decision.Denial);
        Assert.Null(decision.Target);
    }

    [Theory]
    [InlineData("/providers/Microsoft.Management/managementGroups/mg-root", DenialCode.InvalidTarget)]
    [InlineData(SandboxIds.SubscriptionId + "/providers/Microsoft.Authorization/roleAssignments/x", DenialCode.InvalidTarget)]
    [InlineData(SandboxIds.SubscriptionId, DenialCode.WrongTargetKind)]
    [InlineData(SandboxIds.CheckoutApi, DenialCode.WrongTargetKind)]
    public void TenantSubscriptionOrResourceLevelId_IsDenied(string resourceGroup, DenialCode expected)
    {
        var decision = DecideGroup(resourceGroup);

        Assert.Equal(expected, decision.Denial);
    }

    private static ResourceId Id(string text) => ResourceId.Parse(text);
}
