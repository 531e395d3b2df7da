using SreBot.Shared.Policy;
using SreBot.Shared.Tests.Scope;
using static SreBot.Shared.Tests.Policy.PolicyFixtures;

namespace SreBot.Shared.Tests.Policy;

/// <summary>What a resource tool's <c>resourceId</c> argument may be, checked through the one policy decision.</summary>
public sealed class ResourceTargetTests
{
    [Theory]
    [MemberData(nameof(ResourceIdEscapeTests.EscapeForms), MemberType = typeof(ResourceIdEscapeTests))]
    public void EscapeForm_IsDeniedAsInvalid_EvenForAPrivilegedOperator(string target, string keyPhrase)
    {
        foreach (var tool in new[] { ReadResource, WriteResource })
        {
            var decision = Decide(Caller("operator", "approver", "admin"), tool, target, AccessMode.Privileged);

            Assert.Equal(DenialCode.InvalidTarget, decision.Denial);
            Assert.Contains(keyPhrase, decision.Reason, StringComparison.OrdinalIgnoreCase);
            Assert.Null(decision.Target);
        }
    }

    [Theory]
    [InlineData(SandboxIds.SubscriptionId)]
    [InlineData(SandboxIds.ShopProd)]
    [InlineData(SandboxIds.FinanceProd)]
    public void SubscriptionOrGroupId_ToAResourceTool_IsTheWrongKind(string target)
    {
        var decision = Decide(Caller("operator"), WriteResource, target, AccessMode.Privileged);

        Assert.Equal(DenialCode.WrongTargetKind, decision.Denial);
        Assert.Contains("resource", decision.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/providers/Microsoft.Management/managementGroups/mg-root")]
    [InlineData(SandboxIds.SubscriptionId + "/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData("app-checkout-api")]
    [InlineData(null)]
    public void TenantOrSubscriptionLevelOrBareName_ToAResourceTool_IsInvalid(string? target)
    {
        var decision = Decide(Caller("reader"), ReadResource, target, AccessMode.Reader);

        Assert.Equal(DenialCode.InvalidTarget, decision.Denial);
    }

    [Fact]
    public void ChildResourceInScope_NeedsApproval_WithItsCanonicalId()
    {
        var decision = Decide(Caller("operator"), WriteResource, SandboxIds.CheckoutApiSlot, AccessMode.Privileged);

        Assert.Equal(PolicyOutcome.RequireApproval, decision.Outcome);
        Assert.Null(decision.Denial);
        Assert.Equal(SandboxIds.CheckoutApiSlot.ToLowerInvariant(), decision.Target?.Canonical);
        Assert.Contains("approver", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfScopeDenial_NamesTheResource()
    {
        var decision = Decide(Caller("reader"), ReadResource, SandboxIds.LedgerApi, AccessMode.Reader);

        Assert.Equal(DenialCode.OutOfScope, decision.Denial);
        Assert.Contains("app-ledger-api", decision.Reason, StringComparison.Ordinal);
    }
}
