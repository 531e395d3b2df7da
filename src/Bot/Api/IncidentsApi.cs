using Microsoft.AspNetCore.Http.HttpResults;
using SreBot.Shared.Identity;
using SreBot.Shared.Incidents;

namespace SreBot.Bot.Api;

/// <summary><c>/api/v1/incidents</c>: the incidents alerts opened, newest change first, for anyone who may investigate.</summary>
public static class IncidentsApi
{
    public const int MaxListSize = 200;

    public static RouteGroupBuilder MapIncidentsApi(this RouteGroupBuilder api)
    {
        var incidents = api.MapGroup("/incidents").RequireAuthorization(policy => policy.RequireRole(Roles.Investigators));
        incidents.MapGet("/", ListAsync);
        incidents.MapGet("/{id}", GetAsync);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<IncidentView>>, ProblemHttpResult>> ListAsync(
        string? status, int? limit, IIncidentStore incidents, CancellationToken cancellationToken)
    {
        if (status is not null && !IncidentStatus.IsKnown(status))
        {
            return TypedResults.Problem($"'status' must be one of: {string.Join(", ", IncidentStatus.All)}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (limit is < 1 or > MaxListSize)
        {
            return TypedResults.Problem($"'limit' must be between 1 and {MaxListSize}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var list = await incidents.ListAsync(status, limit ?? 50, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<IncidentView>>([.. list.Select(IncidentView.From)]);
    }

    private static async Task<Results<Ok<IncidentView>, ProblemHttpResult>> GetAsync(string id, IIncidentStore incidents, CancellationToken cancellationToken)
        => await incidents.GetAsync(id, cancellationToken) is { } incident
            ? TypedResults.Ok(IncidentView.From(incident))
            : TypedResults.Problem("There is no incident with this id.", statusCode: StatusCodes.Status404NotFound);
}
