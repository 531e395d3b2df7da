using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Estate.Azure.Permissions;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>
/// <c>resource_restart</c> and <c>resource_scale</c> on Azure, and their checks (which read, never write). A restart is a
/// <c>POST</c> the pipeline repeats only after a 429 (<see cref="NonIdempotentRequestClassifier"/>); a scale sets an absolute
/// count (PUT of the plan read just before, PATCH of a scale set's or a container app's count), which is safe to repeat after
/// a transient 5xx. Long-running answers are followed by <see cref="AzureOperationPoller"/>. What happened is the
/// <see cref="EstateOperationResult"/>: a failed, timed-out or unconfirmed operation is a result that says so in SreBot's
/// words (with Azure's bounded error code and message for a failure Azure reports), never an exception's text.
/// Not found (404), forbidden (403) and throttled beyond the retries (429) are thrown as estate errors: Azure did nothing.
/// </summary>
internal sealed class AzureWriteOperations(AzureRestClients clients, AzureApiVersions apiVersions, AzureOperationPoller poller, TimeProvider time)
{
    public const string RestartOperation = "restart";

    public const string ScaleOperation = "scale";

    /// <exception cref="ArgumentException">The type cannot be restarted (checked before any request).</exception>
    /// <exception cref="EstateResourceNotFoundException">Azure does not know the resource.</exception>
    public async Task ValidateRestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        AzureWriteTargets.Restart(resourceId);
        await ReadAsync(resourceId, cancellationToken);
    }

    /// <exception cref="ArgumentException">The count is out of range or the type cannot be scaled (checked before any request), or a web app's plan is unusable.</exception>
    /// <exception cref="EstateResourceNotFoundException">Azure does not know the resource (or the web app's plan).</exception>
    public async Task ValidateScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
    {
        AzureWriteTargets.Scale(resourceId, instanceCount);
        await ScaleUnitAsync(resourceId, cancellationToken);
    }

    public async Task<EstateOperationResult> RestartAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        var target = AzureWriteTargets.Restart(resourceId);
        var version = await apiVersions.ForAsync(resourceId, cancellationToken);
        var call = new AzureCall(target.Actions[^1], resourceId);
        var noun = Noun(resourceId.ResourceType);
        if (!string.Equals(resourceId.ResourceType, AzureWriteActions.ContainerAppsType, StringComparison.OrdinalIgnoreCase))
        {
            return await RunAsync(resourceId, RestartOperation, $"restart of {noun} {resourceId.Name}", $"Restarted {noun} {resourceId.Name}.",
                RequestMethod.Post, Path(resourceId, "/restart", version), null, NonIdempotentRequestClassifier.Instance, call, cancellationToken);
        }

        using var revisions = await clients.ResourceManager.GetAsync(
            $"{resourceId.Display.TrimStart('/')}/revisions?api-version={version}", new AzureCall(target.Actions[1], resourceId), cancellationToken);
        if (ContainerAppRevisions.LatestActive(revisions.RootElement) is not { } revision)
        {
            return Result(resourceId, RestartOperation, false, $"Container app {resourceId.Name} has no active revision; nothing was restarted.");
        }

        var what = $"restart of revision {revision} of container app {resourceId.Name}";
        return await RunAsync(resourceId, RestartOperation, what, $"Restarted revision {revision} of container app {resourceId.Name}.",
            RequestMethod.Post, Path(resourceId, $"/revisions/{Uri.EscapeDataString(revision)}/restart", version), null, NonIdempotentRequestClassifier.Instance, call, cancellationToken);
    }

    public async Task<EstateOperationResult> ScaleAsync(ResourceId resourceId, int instanceCount, CancellationToken cancellationToken)
    {
        AzureWriteTargets.Scale(resourceId, instanceCount);
        var unit = await ScaleUnitAsync(resourceId, cancellationToken);
        var noun = Noun(unit.Id.ResourceType);
        var usedBy = unit.UsedBy is { } site ? $" (used by {site.Name})" : string.Empty;
        var call = new AzureCall($"{unit.Id.ResourceType}/write", unit.Id);
        var what = $"scale of {noun} {unit.Id.Name}{usedBy} to {instanceCount}";

        if (string.Equals(unit.Id.ResourceType, AzureWriteActions.ContainerAppsType, StringComparison.OrdinalIgnoreCase))
        {
            var min = AzureJson.Int(unit.Body, "properties", "template", "scale", "minReplicas");
            var max = AzureJson.Int(unit.Body, "properties", "template", "scale", "maxReplicas");
            if (min == instanceCount && max == instanceCount)
            {
                return Result(resourceId, ScaleOperation, true, $"Container app {unit.Id.Name} already runs {instanceCount} replicas; nothing changed.");
            }

            return await RunAsync(resourceId, ScaleOperation, what, $"Set container app {unit.Id.Name} to {instanceCount} replicas (min and max; was {Count(min)} to {Count(max)}).",
                RequestMethod.Patch, Path(unit.Id, string.Empty, unit.ApiVersion), Body(ScaleRequestBodies.ContainerAppReplicas(instanceCount)), null, call, cancellationToken);
        }

        var capacity = AzureJson.Int(unit.Body, "sku", "capacity");
        if (capacity == instanceCount)
        {
            return Result(resourceId, ScaleOperation, true, $"{Capitalised(noun)} {unit.Id.Name}{usedBy} already runs {instanceCount} instances; nothing changed.");
        }

        var done = $"Scaled {noun} {unit.Id.Name}{usedBy} from {Count(capacity)} to {instanceCount} instances.";
        if (string.Equals(unit.Id.ResourceType, AzureWriteActions.PlansType, StringComparison.OrdinalIgnoreCase))
        {
            // App Service plans take their count through a PUT of the whole plan (the PATCH model has no sku): the plan as just read, with the new capacity.
            var plan = JsonNode.Parse(unit.Body.GetRawText())!.AsObject();
            plan["sku"] = plan["sku"] as JsonObject ?? new JsonObject();
            plan["sku"]!["capacity"] = instanceCount;
            return await RunAsync(resourceId, ScaleOperation, what, done, RequestMethod.Put, Path(unit.Id, string.Empty, unit.ApiVersion), Body(plan), null, call, cancellationToken);
        }

        return await RunAsync(resourceId, ScaleOperation, what, done,
            RequestMethod.Patch, Path(unit.Id, string.Empty, unit.ApiVersion), Body(ScaleRequestBodies.SkuCapacity(instanceCount)), null, call, cancellationToken);
    }

    // Sends the one write and follows it; turns what Azure reports (or does not) into the result.
    private async Task<EstateOperationResult> RunAsync(
        ResourceId resourceId, string operation, string what, string done, RequestMethod method, Uri uri, BinaryData? body,
        ResponseClassifier? classifier, AzureCall call, CancellationToken cancellationToken)
    {
        OperationPoll outcome;
        try
        {
            var answer = await clients.ResourceManager.SendForAnswerAsync(method, uri, body, call, classifier, failuresAsAnswers: false, cancellationToken);
            outcome = await poller.CompleteAsync(answer, AzureResourceReader.ReadCall(resourceId), cancellationToken);
        }
        catch (EstateUnavailableException)
        {
            // A 5xx, a timeout or a dropped connection (on the write or on its status): Azure may have acted. A restart POST is not repeated.
            return Result(resourceId, operation, false,
                $"Azure did not confirm the {what}: it answered with an error or not at all. It may or may not have happened; SreBot did not repeat it. Check {resourceId.Name} (its activity log) before asking again.");
        }

        return outcome.State switch
        {
            OperationState.Succeeded => Result(resourceId, operation, true, done),
            OperationState.Failed => Result(resourceId, operation, false, $"Azure reports that the {what} failed: {outcome.Message}"),
            _ => Result(resourceId, operation, false,
                $"Azure accepted the {what}, but it had not finished after {poller.Timeout:c}; SreBot stopped waiting. It may still complete: check {resourceId.Name} before asking again."),
        };
    }

    // The resource whose count a scale changes, read now: for a web app its App Service plan (only inside the app's own group).
    private async Task<AzureScaleUnit> ScaleUnitAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        var (version, body) = await ReadAsync(resourceId, cancellationToken);
        if (!string.Equals(resourceId.ResourceType, AzureWriteActions.SitesType, StringComparison.OrdinalIgnoreCase))
        {
            return new AzureScaleUnit(resourceId, version, body, null);
        }

        if (AzureJson.String(body, "properties", AzureResourceReader.ServerFarmIdProperty) is not { } planText
            || !ResourceId.TryParse(planText, out var plan, out _)
            || plan.Kind != ResourceIdKind.Resource
            || !string.Equals(plan.ResourceType, AzureWriteActions.PlansType, StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"Web app '{resourceId.Name}' names no App Service plan SreBot can read, so it cannot be scaled.", nameof(resourceId));
        }

        if (!plan.IsWithin(resourceId.ResourceGroupId!))
        {
            throw new ArgumentException(
                $"Web app '{resourceId.Name}' runs on App Service plan '{plan.Name}' in another resource group; SreBot changes nothing outside the web app's group. Scale the plan there.",
                nameof(resourceId));
        }

        var (planVersion, planBody) = await ReadAsync(plan, cancellationToken);
        return new AzureScaleUnit(plan, planVersion, planBody, resourceId);
    }

    private async Task<(string Version, JsonElement Body)> ReadAsync(ResourceId resourceId, CancellationToken cancellationToken)
    {
        var version = await apiVersions.ForAsync(resourceId, cancellationToken);
        using var document = await clients.ResourceManager.GetAsync($"{resourceId.Display.TrimStart('/')}?api-version={version}", AzureResourceReader.ReadCall(resourceId), cancellationToken);
        return (version, document.RootElement.Clone());
    }

    private Uri Path(ResourceId resourceId, string suffix, string version)
        => new(clients.ResourceManager.Endpoint, $"{resourceId.Display.TrimStart('/')}{suffix}?api-version={version}");

    private static BinaryData Body(JsonNode body) => BinaryData.FromString(body.ToJsonString());

    private EstateOperationResult Result(ResourceId resourceId, string operation, bool succeeded, string message)
        => new(resourceId, operation, succeeded, message, time.GetUtcNow());

    private static string Count(int? count) => count?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "an unknown count";

    private static string Capitalised(string noun) => char.ToUpperInvariant(noun[0]) + noun[1..];

    private static string Noun(string? resourceType) => resourceType?.ToUpperInvariant() switch
    {
        "MICROSOFT.WEB/SITES" => "web app",
        "MICROSOFT.WEB/SITES/SLOTS" => "web app slot",
        "MICROSOFT.WEB/SERVERFARMS" => "App Service plan",
        "MICROSOFT.COMPUTE/VIRTUALMACHINES" => "virtual machine",
        "MICROSOFT.COMPUTE/VIRTUALMACHINESCALESETS" => "virtual machine scale set",
        "MICROSOFT.APP/CONTAINERAPPS" => "container app",
        _ => "resource",
    };
}
