using SreBot.Shared.Policy;
using SreBot.Shared.Tests.Scope;
using static SreBot.Shared.Tests.Policy.PolicyFixtures;

namespace SreBot.Shared.Tests.Policy;

/// <summary>SECURITY.md: case variants of the same id get the same decision.</summary>
public sealed class CaseVariantDecisionTests
{
    public static TheoryData<string, string, AccessMode> Variants
    {
        get
        {
            var data = new TheoryData<string, string, AccessMode>();
            foreach (var mode in Enum.GetValues<AccessMode>())
            {
                foreach (var id in new[] { SandboxIds.CheckoutApi, SandboxIds.CheckoutApiSlot, SandboxIds.LedgerApi, SandboxIds.ShopProd })
                {
                    data.Add(id, id.ToUpperInvariant(), mode);
                    data.Add(id, id.ToLowerInvariant(), mode);
                    data.Add(id, id.Replace("resourceGroups", "RESOURCEGROUPS", StringComparison.Ordinal).Replace("rg-", "Rg-", StringComparison.Ordinal), mode);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void CaseVariant_GetsTheSameDecision_FromEveryTool(string original, string variant, AccessMode mode)
    {
        foreach (var tool in AllTools)
        {
            var a = Decide(Caller("operator"), tool, original, mode);
            var b = Decide(Caller("operator"), tool, variant, mode);

            Assert.Equal(a.Outcome, b.Outcome);
            Assert.Equal(a.Denial, b.Denial);
            Assert.Equal(a.Target, b.Target);
        }
    }

    [Theory]
    [InlineData("rg-shop-prod", "RG-SHOP-PROD")]
    [InlineData("rg-finance-prod", "RG-Finance-Prod")]
    public void BareGroupNameInAnyCase_GetsTheSameDecision(string original, string variant)
    {
        var a = Decide(Caller("reader"), ReadGroup, original, AccessMode.Reader);
        var b = Decide(Caller("reader"), ReadGroup, variant, AccessMode.Reader);

        Assert.Equal(a.Outcome, b.Outcome);
        Assert.Equal(a.Denial, b.Denial);
        Assert.Equal(a.Target, b.Target);
    }
}
