using SreBot.Shared.Policy;

namespace SreBot.Shared.Tests.Policy;

/// <summary>SECURITY.md: a table-driven matrix role × tool × scope × mode → allow/deny for every cell.</summary>
public sealed class PolicyMatrixTests
{
    [Theory]
    [MemberData(nameof(PolicyMatrixData.Cells), MemberType = typeof(PolicyMatrixData))]
    public void EveryCell_GetsTheOutcomeOfTheRuleTable(string roles, string toolName, MatrixTarget target, AccessMode mode)
    {
        var roleSet = PolicyMatrixData.RoleSets[roles];
        var tool = PolicyMatrixData.Tool(toolName);
        var (outcome, denial) = ExpectedPolicy.For(roleSet, tool.ReadOnly, tool.Target, target, mode);

        var decision = PolicyFixtures.Decide(PolicyFixtures.Caller(roleSet), tool, PolicyMatrixData.TargetValue(tool, target), mode);

        Assert.Equal(outcome, decision.Outcome);
        Assert.Equal(denial, decision.Denial);
        Assert.Equal(outcome == PolicyOutcome.Deny, decision.IsDenied);
        Assert.False(string.IsNullOrWhiteSpace(decision.Reason));
        if (outcome != PolicyOutcome.Deny)
        {
            Assert.Equal(PolicyMatrixData.InScopeCanonical(tool), decision.Target?.Canonical);
        }
    }

    [Fact]
    public void Matrix_EnumeratesEveryCellOnce()
    {
        var cells = PolicyMatrixData.Cells.Select(row => string.Join('|', row)).ToList();

        Assert.Equal(7 * 6 * 5 * 2, cells.Count);
        Assert.Equal(cells.Count, cells.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Matrix_ReachesEveryOutcomeAndEveryNonIdentityDenial()
    {
        var results = PolicyMatrixData.Cells
            .Select(row => (roles: (string)row[0], tool: PolicyMatrixData.Tool((string)row[1]), target: (MatrixTarget)row[2], mode: (AccessMode)row[3]))
            .Select(c => PolicyFixtures.Decide(
                PolicyFixtures.Caller(PolicyMatrixData.RoleSets[c.roles]), c.tool, PolicyMatrixData.TargetValue(c.tool, c.target), c.mode))
            .ToList();

        Assert.All(Enum.GetValues<PolicyOutcome>(), o => Assert.Contains(results, d => d.Outcome == o));
        DenialCode[] reachable = [DenialCode.MissingRole, DenialCode.ReaderMode, DenialCode.InvalidTarget, DenialCode.WrongTargetKind, DenialCode.OutOfScope];
        Assert.All(reachable, code => Assert.Contains(results, d => d.Denial == code));
    }
}
