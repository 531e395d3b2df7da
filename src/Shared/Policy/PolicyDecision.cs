using SreBot.Shared.Scope;

namespace SreBot.Shared.Policy;

/// <summary>The one answer policy gives for a tool call.</summary>
/// <param name="Target">The canonical target when the call names one and it parsed.</param>
/// <param name="Reason">A sentence safe to show the caller and the model.</param>
public sealed record PolicyDecision(PolicyOutcome Outcome, DenialCode? Denial, string Reason, ResourceId? Target)
{
    public bool IsDenied => Outcome == PolicyOutcome.Deny;

    public static PolicyDecision Deny(DenialCode code, string reason, ResourceId? target = null) => new(PolicyOutcome.Deny, code, reason, target);
}
