using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>
/// Resource Manager's writes, shaped after the azure-rest-api-specs examples: <c>POST {site}/restart</c> (and slots) and
/// <c>POST {app}/revisions/{rev}/restart</c> answer 200 without a body (Web Apps Restart, ContainerApps Revisions Restart);
/// <c>POST {vm}/restart</c> answers 202 with <c>Azure-AsyncOperation</c> and <c>Location</c> (VirtualMachines Restart);
/// <c>PUT</c>/<c>PATCH</c> of a resource merges the body into the world's JSON and answers it with 200 (App Service Plans
/// Update, VirtualMachineScaleSets Update), a container app's PATCH answers 202 with <c>Location</c> (ContainerApps Update).
/// A <see cref="FakeLongRunning"/> script turns the next matching write into a 202 that polls as scripted. Every accepted
/// write is counted in <see cref="FakeWorld.Operations"/>; the change is applied when the operation succeeds.
/// </summary>
internal static class FakeArmOperations
{
    private const string Location = "westeurope";

    public static void Map(WebApplication app)
    {
        const string underGroup = "/subscriptions/{subscription}/resourceGroups/{group}/providers/{**rest}";
        app.MapPost(underGroup, Restart);
        app.MapPut(underGroup, (HttpContext context, string group) => UpdateAsync(context, replace: true));
        app.MapPatch(underGroup, (HttpContext context, string group) => UpdateAsync(context, replace: false));
        app.MapGet("/subscriptions/{subscription}/providers/{provider}/locations/{location}/operations/{operation}", AsyncOperationStatus);
        app.MapGet("/subscriptions/{subscription}/providers/{provider}/locations/{location}/operationResults/{operation}", LocationStatus);
    }

    private static IResult Restart(HttpContext context)
    {
        var world = FakeAzureRoutes.World(context);
        var path = context.Request.Path.Value!.TrimEnd('/');
        if (!path.EndsWith("/restart", StringComparison.OrdinalIgnoreCase))
        {
            return NotFound(path);
        }

        var target = path[..^"/restart".Length];
        var revisions = target.IndexOf("/revisions/", StringComparison.OrdinalIgnoreCase);
        var resource = revisions < 0 ? target : target[..revisions];
        if (!world.Resources.ContainsKey(resource) || (revisions >= 0 && !RevisionExists(world, resource, target[(revisions + "/revisions/".Length)..])))
        {
            return NotFound(target);
        }

        world.Operations.Executed(target, FakeOperations.Restart, context.Request.Method);
        var isVm = target.Contains("/Microsoft.Compute/virtualMachines/", StringComparison.OrdinalIgnoreCase);
        var script = world.Operations.TakeScript(path) ?? (isVm ? FakeLongRunning.Succeeds(path) : null);
        return script is null ? Results.Ok() : Accepted(context, world, target, script, null);
    }

    private static async Task<IResult> UpdateAsync(HttpContext context, bool replace)
    {
        var world = FakeAzureRoutes.World(context);
        var path = context.Request.Path.Value!.TrimEnd('/');
        if (!world.Resources.TryGetValue(path, out var resource))
        {
            return NotFound(path);
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            body = null;
        }

        if (body is null)
        {
            return Results.Json(Error("InvalidRequestContent", "The request content was invalid and could not be deserialized."), statusCode: 400);
        }

        world.Operations.Executed(path, FakeOperations.Update, context.Request.Method);
        void Apply()
        {
            lock (resource)
            {
                if (replace)
                {
                    foreach (var name in resource.Select(p => p.Key).Where(k => k != "id").ToList())
                    {
                        resource.Remove(name);
                    }
                }

                Merge(resource, body);
                resource["id"] = path;
            }
        }

        var isContainerApp = path.Contains("/Microsoft.App/containerApps/", StringComparison.OrdinalIgnoreCase);
        var script = world.Operations.TakeScript(path) ?? (isContainerApp ? FakeLongRunning.Succeeds(path, asyncOperationHeader: false) : null);
        if (script is not null)
        {
            return Accepted(context, world, path, script, Apply);
        }

        Apply();
        return Results.Json(resource);
    }

    private static IResult Accepted(HttpContext context, FakeWorld world, string target, FakeLongRunning script, Action? apply)
    {
        var operation = world.Operations.Start(script, target, apply);
        var provider = Provider(target);
        var request = context.Request;
        var baseUrl = $"{request.Scheme}://{request.Host}/subscriptions/{world.Subscription}/providers/{provider}/locations/{Location}";
        var version = request.Query["api-version"].ToString();
        if (script.AsyncOperationHeader)
        {
            context.Response.Headers["Azure-AsyncOperation"] = $"{baseUrl}/operations/{operation.Id}?api-version={version}";
        }

        context.Response.Headers.Location = $"{baseUrl}/operationResults/{operation.Id}?api-version={version}";
        context.Response.Headers.RetryAfter = script.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.StatusCode(202);
    }

    // Shaped after the async-operation status resource ({id, name, status, startTime, endTime, error}).
    private static IResult AsyncOperationStatus(HttpContext context, string operation)
    {
        var world = FakeAzureRoutes.World(context);
        if (world.Operations.Find(operation) is not { } pending)
        {
            return NotFound(context.Request.Path.Value!);
        }

        var status = pending.Poll();
        var answer = new JsonObject
        {
            ["id"] = context.Request.Path.Value,
            ["name"] = pending.Id,
            ["status"] = status,
            ["startTime"] = "2026-01-01T00:00:00Z",
        };
        if (status == "InProgress")
        {
            context.Response.Headers.RetryAfter = pending.Script.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        else
        {
            answer["endTime"] = "2026-01-01T00:00:10Z";
        }

        if (status == "Failed")
        {
            answer["error"] = new JsonObject { ["code"] = pending.Script.ErrorCode, ["message"] = pending.Script.ErrorMessage };
        }

        return Results.Json(answer);
    }

    // The Location protocol: 202 while running, then 200 with the resource (204 for an action), or the failure's status and error.
    private static IResult LocationStatus(HttpContext context, string operation)
    {
        var world = FakeAzureRoutes.World(context);
        if (world.Operations.Find(operation) is not { } pending)
        {
            return NotFound(context.Request.Path.Value!);
        }

        switch (pending.Poll())
        {
            case "InProgress":
                context.Response.Headers.Location = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}{context.Request.QueryString}";
                context.Response.Headers.RetryAfter = pending.Script.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode(202);
            case "Failed":
                return Results.Json(Error(pending.Script.ErrorCode, pending.Script.ErrorMessage), statusCode: 400);
            default:
                return world.Resources.TryGetValue(pending.Target, out var resource)
                    ? Results.Json(resource)
                    : Results.NoContent();
        }
    }

    private static bool RevisionExists(FakeWorld world, string app, string revision)
        => !world.Answers.TryGetValue($"{app}/revisions", out var list)
           || (list["value"] as JsonArray)?.Any(r => string.Equals(r?["name"]?.GetValue<string>(), revision, StringComparison.OrdinalIgnoreCase)) == true;

    private static string Provider(string resourceId)
    {
        var segments = resourceId.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var index = Array.FindIndex(segments, s => s.Equals("providers", StringComparison.OrdinalIgnoreCase));
        return index >= 0 && index + 1 < segments.Length ? segments[index + 1] : "Microsoft.Resources";
    }

    // RFC 7396 merge: objects merge member by member, anything else replaces; null removes.
    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (name, value) in patch.ToList())
        {
            if (value is null)
            {
                target.Remove(name);
            }
            else if (value is JsonObject child && target[name] is JsonObject existing)
            {
                Merge(existing, child);
            }
            else
            {
                target[name] = value.DeepClone();
            }
        }
    }

    private static IResult NotFound(string path) => Results.Json(Error("ResourceNotFound", $"The Resource '{path}' was not found."), statusCode: 404);

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
