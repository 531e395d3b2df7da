using SreBot.Shared.Scope;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>What a correct investigation of a scenario concludes; analyzer tests compare against it.</summary>
/// <param name="Resource">The resource at fault (or the one that looks suspicious), null when there is none.</param>
/// <param name="RootCause">One or two sentences naming the cause.</param>
/// <param name="Suggestion">What to do about it.</param>
/// <param name="Evidence">The signals in the data that support the conclusion.</param>
/// <param name="MinimumInstanceCount">For <see cref="RemediationKind.ScaleOut"/>: the instance count that relieves the load.</param>
public sealed record ExpectedFinding(
    ResourceId? Resource,
    RemediationKind Remediation,
    string RootCause,
    string Suggestion,
    IReadOnlyList<string> Evidence,
    int? MinimumInstanceCount = null);
