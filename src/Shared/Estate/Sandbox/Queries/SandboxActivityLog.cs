using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;
using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Sandbox.Queries;

/// <summary>
/// The activity log of a resource group or resource, newest first: routine changes, the scenario's scripted changes
/// and the operations SreBot made, within the last <see cref="Retention"/> and not after "now".
/// </summary>
internal static class SandboxActivityLog
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    public static IReadOnlyList<ActivityLogEvent> List(SandboxWorld world, ResourceId scope, DateTimeOffset start, DateTimeOffset end)
    {
        RequireScope(world.Catalog, scope);
        if (start >= end)
        {
            throw new ArgumentException($"The activity log window is empty: start ({start:O}) must be before end ({end:O}).", nameof(start));
        }

        var from = start > world.Now - Retention ? start : world.Now - Retention;
        var to = end < world.Now ? end : world.Now;
        var routine = SandboxRoutineActivities.All()
            .Where(r => InScope(scope, r.Resource))
            .SelectMany(r => r.OccurrencesBetween(from, to + TimeSpan.FromTicks(1))
                .Select(at => new ActivityLogEvent(at, DisplayId(world, r.Resource), r.Operation, "Succeeded", r.Caller, r.Description)));
        var scripted = world.Activities
            .Where(a => InScope(scope, a.Activity.Resource))
            .Select(a => new ActivityLogEvent(a.At, DisplayId(world, a.Activity.Resource), a.Activity.Operation, a.Activity.Status, a.Activity.Caller, a.Activity.Description));
        var operations = world.Operations
            .Where(o => InScope(scope, o.Resource) || (o.ScaleUnit is not null && InScope(scope, o.ScaleUnit)))
            .Select(o => FromOperation(world, o));

        return [.. routine.Concat(scripted).Concat(operations)
            .Where(e => e.EventTimestamp >= from && e.EventTimestamp <= to)
            .OrderByDescending(e => e.EventTimestamp)
            .ThenBy(e => e.ResourceId.Canonical, StringComparer.Ordinal)];
    }

    private static void RequireScope(SandboxResourceCatalog catalog, ResourceId scope)
    {
        switch (scope.Kind)
        {
            case ResourceIdKind.ResourceGroup:
                catalog.RequireGroup(scope);
                break;
            case ResourceIdKind.Resource:
                catalog.Require(scope);
                break;
            default:
                throw new ArgumentException($"The activity log scope must be a resource group or a resource, not '{scope.Display}'.", nameof(scope));
        }
    }

    private static bool InScope(ResourceId scope, ResourceId resource)
        => scope.Kind == ResourceIdKind.ResourceGroup ? resource.IsWithin(scope) : resource.Equals(scope);

    private static ResourceId DisplayId(SandboxWorld world, ResourceId id) => world.Catalog.Find(id)?.Id ?? id;

    private static ActivityLogEvent FromOperation(SandboxWorld world, SandboxOperation operation)
    {
        var resource = DisplayId(world, operation.Resource);
        return operation.Kind == SandboxOperationKind.Restart
            ? new ActivityLogEvent(operation.OccurredAt, resource, SandboxOperationNames.Restart(resource.ResourceType!) ?? "restart", "Succeeded",
                operation.Caller, $"Restart of {resource.Name} requested by SreBot.")
            : new ActivityLogEvent(operation.OccurredAt, resource, SandboxOperationNames.ScalePlan, "Succeeded", operation.Caller,
                $"Scaled App Service plan {operation.ScaleUnit!.Name} from {operation.PreviousInstanceCount} to {operation.InstanceCount} instances "
                + $"(requested for {resource.Name}) by SreBot.");
    }
}
