using SreBot.Shared.Identity;
using SreBot.Shared.Policy;
using SreBot.Shared.Tests.Scope;
using static SreBot.Shared.Tests.Policy.PolicyFixtures;

namespace SreBot.Shared.Tests.Policy;

public sealed class UnauthenticatedCallerTests
{
    public static TheoryData<string, AccessMode> ToolsAndModes
    {
        get
        {
            var data = new TheoryData<string, AccessMode>();
            foreach (var tool in AllTools)
            {
                foreach (var mode in Enum.GetValues<AccessMode>())
                {
                    data.Add(tool.Name, mode);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ToolsAndModes))]
    public void NullCaller_IsAlwaysDenied(string toolName, AccessMode mode)
    {
        var tool = PolicyMatrixData.Tool(toolName);

        var decision = Decide(null, tool, PolicyMatrixData.TargetValue(tool, MatrixTarget.InScope), mode);

        AssertUnauthenticated(decision);
    }

    [Theory]
    [MemberData(nameof(ToolsAndModes))]
    public void CallerWithEmptyUserId_IsAlwaysDenied_EvenWithEveryRole(string toolName, AccessMode mode)
    {
        var tool = PolicyMatrixData.Tool(toolName);
        var caller = new CallerIdentity("", new HashSet<string>(Roles.All), "mcp-http");

        var decision = Decide(caller, tool, PolicyMatrixData.TargetValue(tool, MatrixTarget.InScope), mode);

        AssertUnauthenticated(decision);
    }

    [Theory]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\r\n")]
    [InlineData("\u00A0")]
    public void CallerWithWhitespaceUserId_IsDenied(string userId)
    {
        var caller = new CallerIdentity(userId, new HashSet<string>(Roles.All), "mcp-http");

        var decision = Decide(caller, ReadResource, SandboxIds.CheckoutApi, AccessMode.Privileged);

        AssertUnauthenticated(decision);
    }

    private static void AssertUnauthenticated(PolicyDecision decision)
    {
        Assert.Equal(PolicyOutcome.Deny, decision.Outcome);
        Assert.Equal(DenialCode.Unauthenticated, decision.Denial);
        Assert.Null(decision.Target);
        Assert.Contains("authenticated", decision.Reason, StringComparison.OrdinalIgnoreCase);
    }
}
