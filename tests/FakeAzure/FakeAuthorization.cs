using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>
/// <c>GET {rg}/providers/Microsoft.Authorization/permissions</c>, shaped after Permissions_ListForResourceGroup (GetPermissions):
/// <c>value[]</c> of <c>{actions, notActions, dataActions, notDataActions}</c>, the entries a test granted on that group
/// (<see cref="FakeWorld.GrantPermissions"/>), paged with <c>nextLink</c> by <see cref="FakeWorld.PageSize"/>.
/// </summary>
internal static class FakeAuthorization
{
    public static void Map(WebApplication app)
        => app.MapGet("/subscriptions/{subscription}/resourceGroups/{group}/providers/Microsoft.Authorization/permissions", (HttpContext context, string group) =>
        {
            var world = FakeAzureRoutes.World(context);
            var all = world.PermissionsOf(group);
            var skip = int.TryParse(context.Request.Query["$skiptoken"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s : 0;
            var answer = new JsonObject { ["value"] = new JsonArray([.. all.Skip(skip).Take(world.PageSize).Select(p => p.DeepClone())]) };
            if (skip + world.PageSize < all.Count)
            {
                var request = context.Request;
                answer["nextLink"] = $"{request.Scheme}://{request.Host}{request.Path}?api-version={request.Query["api-version"]}&$skiptoken={skip + world.PageSize}";
            }

            return Results.Json(answer);
        });
}
