using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>A write SreBot made to the sandbox estate, as persisted.</summary>
/// <param name="Id">Increasing with every write, across processes.</param>
/// <param name="Resource">The resource the caller named.</param>
/// <param name="ScaleUnit">For scale operations: the resource whose instance count changed (a web app's plan).</param>
internal sealed record SandboxOperation(
    long Id,
    SandboxOperationKind Kind,
    ResourceId Resource,
    ResourceId? ScaleUnit,
    int? InstanceCount,
    int? PreviousInstanceCount,
    DateTimeOffset OccurredAt,
    string Caller);
