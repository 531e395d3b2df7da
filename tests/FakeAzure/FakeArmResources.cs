using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>
/// Resource Manager's resources: list by resource group (paged with <c>nextLink</c>, shaped after
/// <c>Resources_ListByResourceGroup</c>), a provider's registration (api-versions), and GET of a resource or a sub-answer by id.
/// </summary>
internal static class FakeArmResources
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/subscriptions/{subscription}/resourceGroups/{group}/resources", (HttpContext context, string group) =>
        {
            var world = FakeAzureRoutes.World(context);
            var prefix = $"/subscriptions/{world.Subscription}/resourceGroups/{group}/";
            var all = world.Resources.Values
                .Where(r => r["id"]!.GetValue<string>().StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .OrderBy(r => r["id"]!.GetValue<string>(), StringComparer.OrdinalIgnoreCase)
                .ToList();
            var skip = int.TryParse(context.Request.Query["$skiptoken"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var page = new JsonArray([.. all.Skip(skip).Take(world.PageSize).Select(r => r.DeepClone())]);
            var answer = new JsonObject { ["value"] = page };
            if (skip + world.PageSize < all.Count)
            {
                var request = context.Request;
                answer["nextLink"] = $"{request.Scheme}://{request.Host}{request.Path}?api-version={request.Query["api-version"]}&$skiptoken={skip + world.PageSize}";
            }

            return Results.Json(answer);
        });

        app.MapGet("/subscriptions/{subscription}/providers/{provider}", (HttpContext context, string provider) =>
        {
            var world = FakeAzureRoutes.World(context);
            if (!world.Providers.TryGetValue(provider, out var types))
            {
                return Results.Json(Error("InvalidResourceNamespace", $"The resource namespace '{provider}' is invalid."), statusCode: 404);
            }

            return Results.Json(new JsonObject
            {
                ["id"] = $"/subscriptions/{world.Subscription}/providers/{provider}",
                ["namespace"] = provider,
                ["registrationState"] = "Registered",
                ["resourceTypes"] = new JsonArray([.. types.Select(t => (JsonNode)new JsonObject
                {
                    ["resourceType"] = t.Key,
                    ["locations"] = new JsonArray("West Europe"),
                    ["apiVersions"] = new JsonArray([.. t.Value.Select(v => (JsonNode)JsonValue.Create(v))]),
                })]),
            });
        });

        app.MapGet("/subscriptions/{subscription}/resourceGroups/{group}/providers/{**rest}", (HttpContext context) =>
        {
            var world = FakeAzureRoutes.World(context);
            var path = context.Request.Path.Value!;
            // A scripted answer wins over the routes that compute one.
            if (world.Answers.TryGetValue(path, out var answer))
            {
                return Results.Json(answer);
            }

            if (FakeAzureRoutes.SubResource(context, world, path) is { } routed)
            {
                return routed;
            }

            return world.Resources.TryGetValue(path, out var resource)
                ? Results.Json(resource)
                : Results.Json(Error("ResourceNotFound", $"The Resource '{path}' was not found."), statusCode: 404);
        });
    }

    private static JsonObject Error(string code, string message) => new() { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
}
