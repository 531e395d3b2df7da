using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>A fix and how to get it: a chat command when SreBot can request it, otherwise a plain instruction.</summary>
/// <param name="Command">E.g. <c>restart app-checkout-api because memory leak</c>; null when SreBot cannot do it (rollback, escalation).</param>
/// <param name="InstanceCount">For <see cref="RemediationKind.ScaleOut"/>: the instance count proposed.</param>
public sealed record SuggestedRemediation(RemediationKind Kind, string ResourceName, string? Command, string Instruction, int? InstanceCount = null)
{
    public static SuggestedRemediation Restart(string resourceName, string reason)
        => new(RemediationKind.Restart, resourceName, $"restart {resourceName} because {reason}", $"Restart {resourceName} ({reason}).");

    public static SuggestedRemediation ScaleOut(string resourceName, int instanceCount, string reason)
        => new(RemediationKind.ScaleOut, resourceName, $"scale {resourceName} to {instanceCount} because {reason}", $"Scale {resourceName} out to {instanceCount} instances ({reason}).", instanceCount);

    public static SuggestedRemediation Rollback(string resourceName, string instruction) => new(RemediationKind.RollbackDeployment, resourceName, null, instruction);

    public static SuggestedRemediation Escalate(string resourceName, string instruction) => new(RemediationKind.EscalateDependency, resourceName, null, instruction);

    /// <summary>What to show the person: the command to send, or the instruction.</summary>
    public string Action => Command ?? Instruction;
}
