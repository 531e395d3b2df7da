using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SreBot.Bot.Security;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Identity;
using SreBot.Shared.Policy;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Api;

/// <summary><c>/api/v1/agent</c>: read the agent's mode and scope (anyone signed in); change mode, scope and local roles (admins).</summary>
public static class AgentApi
{
    public static RouteGroupBuilder MapAgentApi(this RouteGroupBuilder api)
    {
        var agent = api.MapGroup("/agent");
        agent.MapGet("/", async (AgentAdministration admin, CancellationToken ct) => TypedResults.Ok(AgentView.From(await admin.GetStateAsync(ct))));

        var admins = agent.MapGroup("/").RequireAuthorization(policy => policy.RequireRole(Roles.Admin));
        admins.MapPost("/mode", ChangeModeAsync);
        admins.MapGet("/resource-groups", async (AgentAdministration admin, CancellationToken ct) => TypedResults.Ok(AgentView.From(await admin.GetStateAsync(ct)).ResourceGroups));
        admins.MapPost("/resource-groups", AddResourceGroupAsync);
        admins.MapDelete("/resource-groups/{name}", RemoveResourceGroupAsync);
        admins.MapGet("/roles", async (RoleAdministration roles, CancellationToken ct) => TypedResults.Ok(await roles.ListAsync(ct)));
        admins.MapPut("/roles/{userId}", SetRolesAsync).WithMetadata(new AuditRoutePattern()); // the path names a person
        return api;
    }

    private static async Task<Results<Ok<ModeChangeView>, ProblemHttpResult>> ChangeModeAsync(
        ModeRequest request, HttpContext context, AgentAdministration admin, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<AccessMode>(request.Mode, ignoreCase: true, out var mode) || !Enum.IsDefined(mode))
        {
            return TypedResults.Problem("'mode' must be 'Reader' or 'Privileged'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await admin.ChangeModeAsync(ApiCaller.From(context), mode, cancellationToken);
        return result.Changed
            ? TypedResults.Ok(ModeChangeView.From(result))
            : TypedResults.Problem(result.Reason, statusCode: StatusCodes.Status409Conflict, title: "Mode not changed",
                extensions: new Dictionary<string, object?> { ["checks"] = ModeChangeView.From(result).Checks });
    }

    private static async Task<Results<Ok<AgentView>, ProblemHttpResult>> AddResourceGroupAsync(
        ResourceGroupRequest request, HttpContext context, AgentAdministration admin, IOptions<AgentOptions> options, CancellationToken cancellationToken)
    {
        if (ParseResourceGroup(request.ResourceGroup, request.Subscription, options.Value) is not { } group)
        {
            return TypedResults.Problem("'resourceGroup' must be a resource group name (with an optional 'subscription') or a full resource group id.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await admin.AddResourceGroupAsync(ApiCaller.From(context), group, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(AgentView.From(result.State))
            : result.PermissionRefused ? TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: "Resource group not associated")
            : TypedResults.Problem(result.Message, statusCode: StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<Ok<AgentView>, ProblemHttpResult>> RemoveResourceGroupAsync(
        string name, string? subscription, HttpContext context, AgentAdministration admin, IOptions<AgentOptions> options, CancellationToken cancellationToken)
    {
        if (ParseResourceGroup(name, subscription, options.Value) is not { } group)
        {
            return TypedResults.Problem("The resource group name is not valid.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await admin.RemoveResourceGroupAsync(ApiCaller.From(context), group, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(AgentView.From(result.State)) : TypedResults.Problem(result.Message, statusCode: StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> SetRolesAsync(
        string userId, RolesRequest request, HttpContext context, RoleAdministration roles, CancellationToken cancellationToken)
    {
        var refusal = await roles.SetRolesAsync(ApiCaller.From(context), userId, request.Roles ?? [], cancellationToken);
        return refusal is null ? TypedResults.NoContent() : TypedResults.Problem(refusal, statusCode: StatusCodes.Status400BadRequest);
    }

    private static ResourceId? ParseResourceGroup(string? value, string? subscription, AgentOptions options)
        => ResourceGroupReference.TryResolve(value, subscription, options.Subscription, out var group, out _) ? group : null;
}
