using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Scenarios;

/// <summary>The SreBot operation that ends an incident: a restart of a resource, or a scale-out of a scale unit to at least a number of instances.</summary>
internal sealed record IncidentResolution(SandboxOperationKind Kind, ResourceId Target, int MinimumInstanceCount = 0)
{
    public static IncidentResolution Restart(ResourceId resource) => new(SandboxOperationKind.Restart, resource);

    public static IncidentResolution ScaleOut(ResourceId scaleUnit, int minimumInstanceCount) => new(SandboxOperationKind.Scale, scaleUnit, minimumInstanceCount);

    public bool IsResolvedBy(SandboxOperation operation) => Kind switch
    {
        SandboxOperationKind.Restart => operation.Kind == SandboxOperationKind.Restart && operation.Resource.Equals(Target),
        SandboxOperationKind.Scale => operation.Kind == SandboxOperationKind.Scale
            && Target.Equals(operation.ScaleUnit)
            && operation.InstanceCount >= MinimumInstanceCount,
        _ => false,
    };
}
