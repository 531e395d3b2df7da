using SreBot.Shared.Policy;
using SreBot.Shared.Tests.Scope;

namespace SreBot.Shared.Tests.Policy;

/// <summary>Every cell of role × tool × target × mode, with the inputs as readable names so each cell shows in the test list.</summary>
public static class PolicyMatrixData
{
    public static IReadOnlyDictionary<string, string[]> RoleSets { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["none"] = [],
        ["reader"] = ["reader"],
        ["operator"] = ["operator"],
        ["approver"] = ["approver"],
        ["admin"] = ["admin"],
        ["auditor"] = ["auditor"],
        ["operator+approver"] = ["operator", "approver"],
    };

    public static TheoryData<string, string, MatrixTarget, AccessMode> Cells
    {
        get
        {
            var data = new TheoryData<string, string, MatrixTarget, AccessMode>();
            foreach (var roles in RoleSets.Keys)
            {
                foreach (var tool in PolicyFixtures.AllTools)
                {
                    foreach (var target in Enum.GetValues<MatrixTarget>())
                    {
                        foreach (var mode in Enum.GetValues<AccessMode>())
                        {
                            data.Add(roles, tool.Name, target, mode);
                        }
                    }
                }
            }

            return data;
        }
    }

    public static ToolDescriptor Tool(string name) => PolicyFixtures.AllTools.Single(t => t.Name == name);

    /// <summary>The concrete argument a cell sends. Tools with no target get the resource values, which they must ignore.</summary>
    public static string TargetValue(ToolDescriptor tool, MatrixTarget target) => tool.Target == TargetKind.ResourceGroup
        ? target switch
        {
            MatrixTarget.InScope => "rg-shop-prod",
            MatrixTarget.OutOfScope => "rg-finance-prod",
            MatrixTarget.Invalid => "rg-shop-prod/../rg-finance-prod",
            MatrixTarget.WrongKind => SandboxIds.CheckoutApi,
            MatrixTarget.SubscriptionId => SandboxIds.SubscriptionId,
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        }
        : target switch
        {
            MatrixTarget.InScope => SandboxIds.CheckoutApi,
            MatrixTarget.OutOfScope => SandboxIds.LedgerApi,
            MatrixTarget.Invalid => SandboxIds.CheckoutApi + "/../../../../rg-finance-prod/providers/Microsoft.Web/sites/app-ledger-api",
            MatrixTarget.WrongKind => SandboxIds.ShopProd,
            MatrixTarget.SubscriptionId => SandboxIds.SubscriptionId,
            _ => throw new ArgumentOutOfRangeException(nameof(target)),
        };

    /// <summary>The canonical target an in-scope cell must report.</summary>
    public static string? InScopeCanonical(ToolDescriptor tool) => tool.Target switch
    {
        TargetKind.Resource => SandboxIds.CheckoutApi.ToLowerInvariant(),
        TargetKind.ResourceGroup => SandboxIds.ShopProd.ToLowerInvariant(),
        _ => null,
    };
}
