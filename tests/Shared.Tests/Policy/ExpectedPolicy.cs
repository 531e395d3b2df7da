using SreBot.Shared.Policy;

namespace SreBot.Shared.Tests.Policy;

/// <summary>
/// The policy contract written out independently of <see cref="PolicyEngine"/> (from ARCHITECTURE.md and SECURITY.md),
/// so that the matrix test compares two descriptions and can fail.
/// </summary>
internal static class ExpectedPolicy
{
    // role → may call read tools, may call write tools (which then wait for approval).
    private static readonly Dictionary<string, (bool Read, bool Write)> Grants = new(StringComparer.Ordinal)
    {
        ["reader"] = (true, false),
        ["operator"] = (true, true),
        ["approver"] = (true, false),
        ["admin"] = (true, false),
        ["auditor"] = (false, false),
    };

    public static (PolicyOutcome Outcome, DenialCode? Denial) For(
        IReadOnlyCollection<string> roles, bool toolIsReadOnly, TargetKind toolTarget, MatrixTarget target, AccessMode mode)
    {
        var mayRead = roles.Any(r => Grants[r].Read);
        var mayWrite = roles.Any(r => Grants[r].Write);

        if (toolIsReadOnly)
        {
            if (!mayRead)
            {
                return Deny(DenialCode.MissingRole);
            }

            // Read tools run in both modes; with no target there is nothing to scope.
            return toolTarget == TargetKind.None ? (PolicyOutcome.Allow, null) : ScopeCheck(target, PolicyOutcome.Allow);
        }

        if (!mayWrite)
        {
            return Deny(DenialCode.MissingRole);
        }

        if (mode == AccessMode.Reader)
        {
            return Deny(DenialCode.ReaderMode);
        }

        // A write must name one resource, or its scope cannot be checked.
        return toolTarget != TargetKind.Resource ? Deny(DenialCode.WrongTargetKind) : ScopeCheck(target, PolicyOutcome.RequireApproval);
    }

    private static (PolicyOutcome, DenialCode?) ScopeCheck(MatrixTarget target, PolicyOutcome whenInScope) => target switch
    {
        MatrixTarget.InScope => (whenInScope, null),
        MatrixTarget.OutOfScope => Deny(DenialCode.OutOfScope),
        MatrixTarget.Invalid => Deny(DenialCode.InvalidTarget),
        MatrixTarget.WrongKind or MatrixTarget.SubscriptionId => Deny(DenialCode.WrongTargetKind),
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    private static (PolicyOutcome, DenialCode?) Deny(DenialCode code) => (PolicyOutcome.Deny, code);
}
