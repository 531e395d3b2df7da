using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace SreBot.FakeAzure;

/// <summary>
/// Microsoft Graph v1.0 for the directories of <see cref="FakeDirectory"/>, under <c>/graph/{directory}/v1.0</c>: the
/// requests SreBot's role lookup makes, answered as the Graph REST reference's examples show them
/// (<c>user-list-approleassignments</c>, <c>serviceprincipal-get</c>, <c>user-list-transitivememberof</c>): collections in
/// <c>value</c> with <c>@odata.context</c>, pages linked by <c>@odata.nextLink</c> (a <c>$skiptoken</c>), directory objects
/// typed by <c>@odata.type</c>, errors as <c>{"error":{"code","message","innerError"}}</c>. A request needs a token the fake
/// managed identity issued for Graph; scripted faults answer first.
/// </summary>
public static class FakeGraph
{
    public const string Prefix = "/graph";
    public const string Audience = "https://graph.microsoft.com";
    private const string Version = "v1.0";
    private const string ContextBase = "https://graph.microsoft.com/" + Version;

    internal static void Map(WebApplication app, FakeAzureServer server)
    {
        var graph = app.MapGroup(Prefix + "/{directory}/" + Version).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var directory = server.DirectoryOf(http.Request.RouteValues["directory"]?.ToString() ?? string.Empty);
            directory?.Record(new FakeRequest(http.Request.Method, http.Request.Path.Value ?? string.Empty, http.Request.QueryString.Value ?? string.Empty));
            if (!http.Request.IsHttps || !server.IsTokenFor(http.Request.Headers.Authorization.ToString(), Audience))
            {
                return Error(401, "InvalidAuthenticationToken", "Access token validation failure. Invalid audience.");
            }

            if (directory is null)
            {
                return Error(400, "Request_BadRequest", "The tenant could not be found.");
            }

            if (directory.TakeFault(http.Request.Path.Value ?? string.Empty) is { } fault)
            {
                if (fault.RetryAfterSeconds is { } seconds)
                {
                    http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                return Error(fault.Status, fault.ErrorCode ?? "UnknownError", fault.ErrorMessage ?? "Scripted fault.");
            }

            http.Items[nameof(FakeDirectory)] = directory;
            return await next(context);
        });

        graph.MapGet("/users/{user}/appRoleAssignments", (HttpContext context, string user) => AppRoleAssignments(context, Directory(context), user));
        graph.MapGet("/servicePrincipals/{principal}", (HttpContext context, string principal) => ServicePrincipal(context, Directory(context), principal));
        graph.MapGet("/users/{user}/transitiveMemberOf", (HttpContext context, string user) => MemberOf(context, Directory(context), user, transitive: true));
        graph.MapGet("/users/{user}/memberOf", (HttpContext context, string user) => MemberOf(context, Directory(context), user, transitive: false));
    }

    /// <summary>Graph's <c>FakeFault</c> for "Insufficient privileges" (the identity lacks an application permission).</summary>
    public static FakeFault Forbidden(string pathContains)
        => new(403, pathContains, null, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    private static FakeDirectory Directory(HttpContext context) => (FakeDirectory)context.Items[nameof(FakeDirectory)]!;

    // Supports $filter=resourceId eq {guid} (the one filter SreBot sends), as the reference's second example shows.
    private static IResult AppRoleAssignments(HttpContext context, FakeDirectory directory, string user)
    {
        var filter = context.Request.Query["$filter"].ToString();
        string? resource = null;
        if (filter.Length > 0)
        {
            var parts = filter.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts is not ["resourceId", "eq", var id] || !Guid.TryParse(id, out _))
            {
                return Error(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified for property 'resourceId' of resource 'AppRoleAssignment'.");
            }

            resource = id;
        }

        var items = directory.AssignmentsOf(user)
            .Where(a => resource is null || string.Equals(a.ResourceId, resource, StringComparison.OrdinalIgnoreCase))
            .Select(a => (JsonNode)new JsonObject
            {
                ["id"] = a.Id,
                ["deletedDateTime"] = null,
                ["appRoleId"] = a.AppRoleId.ToString(),
                ["createdDateTime"] = "2021-02-02T04:22:45.9480566Z",
                ["principalDisplayName"] = "Fake principal",
                ["principalId"] = a.PrincipalId,
                ["principalType"] = string.Equals(a.PrincipalId, user, StringComparison.OrdinalIgnoreCase) ? "User" : "Group",
                ["resourceDisplayName"] = directory.ServicePrincipal(a.ResourceId)?.DisplayName,
                ["resourceId"] = a.ResourceId,
            })
            .ToList();
        return Page(context, directory, items, "appRoleAssignments");
    }

    private static IResult ServicePrincipal(HttpContext context, FakeDirectory directory, string principalId)
    {
        if (directory.ServicePrincipal(principalId) is not { } principal)
        {
            return NotFound(principalId);
        }

        var body = new JsonObject
        {
            ["@odata.context"] = $"{ContextBase}/$metadata#servicePrincipals/$entity",
            ["id"] = principal.Id,
            ["appId"] = principal.AppId,
            ["displayName"] = principal.DisplayName,
            ["servicePrincipalType"] = "Application",
            ["appRoles"] = new JsonArray([.. principal.AppRoles.Select(r => (JsonNode)new JsonObject
            {
                ["allowedMemberTypes"] = new JsonArray("User"),
                ["description"] = $"SreBot {r.Key}",
                ["displayName"] = r.Key,
                ["id"] = r.Value.ToString(),
                ["isEnabled"] = true,
                ["origin"] = "Application",
                ["value"] = r.Key,
            })]),
        };
        return Results.Json(Select(body, context.Request.Query["$select"].ToString()));
    }

    private static IResult MemberOf(HttpContext context, FakeDirectory directory, string user, bool transitive)
    {
        var groups = transitive ? directory.TransitiveGroupsOf(user) : [.. directory.DirectGroupsOf(user)];
        var items = groups.Select(g => (JsonNode)new JsonObject
        {
            ["@odata.type"] = "#microsoft.graph.group",
            ["id"] = g,
            ["displayName"] = $"Group {g[..8]}",
            ["securityEnabled"] = true,
        }).ToList();
        // A member of a directory role gets it in the same list (the SDK must tell it from a group).
        items.Add(new JsonObject { ["@odata.type"] = "#microsoft.graph.directoryRole", ["id"] = "fe930be7-5e62-47db-91af-98c3a49a38b1", ["displayName"] = "Directory Readers" });
        var select = context.Request.Query["$select"].ToString();
        return Page(context, directory, [.. items.Select(i => Select(i!.AsObject(), select))], "directoryObjects");
    }

    // One page of PageSize items from $skiptoken, with @odata.nextLink carrying the same query on to the next page.
    private static IResult Page(HttpContext context, FakeDirectory directory, List<JsonNode> items, string entitySet)
    {
        var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var token) ? token : 0;
        var body = new JsonObject
        {
            ["@odata.context"] = $"{ContextBase}/$metadata#{entitySet}",
            ["value"] = new JsonArray([.. items.Skip(skip).Take(directory.PageSize)]),
        };
        if (skip + directory.PageSize < items.Count)
        {
            var query = context.Request.Query.Where(q => q.Key != "$skiptoken")
                .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append($"$skiptoken={skip + directory.PageSize}");
            body["@odata.nextLink"] = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}?{string.Join('&', query)}";
        }

        return Results.Json(body);
    }

    // $select keeps the named properties (and the OData annotations), as Graph does.
    private static JsonObject Select(JsonObject body, string select)
    {
        if (select.Length == 0)
        {
            return body;
        }

        var keep = select.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new JsonObject(body.Where(p => p.Key.StartsWith('@') || keep.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone())));
    }


    private static IResult NotFound(string id)
        => Error(404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");

    private static IResult Error(int status, string code, string message) => Results.Json(
        new JsonObject
        {
            ["error"] = new JsonObject
            {
                ["code"] = code,
                ["message"] = message,
                ["innerError"] = new JsonObject
                {
                    ["date"] = DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
                    ["request-id"] = Guid.NewGuid().ToString(),
                    ["client-request-id"] = Guid.NewGuid().ToString(),
                },
            },
        },
        statusCode: status);
}
