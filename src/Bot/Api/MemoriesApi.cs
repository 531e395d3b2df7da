using Microsoft.AspNetCore.Http.HttpResults;
using SreBot.Shared.Memories;

namespace SreBot.Bot.Api;

/// <summary>
/// <c>/api/v1/memories</c>: the caller's memories and the team's (GET), a new one (POST), and deleting one (DELETE:
/// the owner, or an admin for a team memory). A memory the caller may not delete does not exist for them (404).
/// </summary>
public static class MemoriesApi
{
    public static RouteGroupBuilder MapMemoriesApi(this RouteGroupBuilder api)
    {
        var memories = api.MapGroup("/memories");
        memories.MapGet("/", ListAsync);
        memories.MapPost("/", CreateAsync);
        memories.MapDelete("/{id}", DeleteAsync);
        return api;
    }

    private static async Task<Ok<IReadOnlyList<MemoryView>>> ListAsync(HttpContext context, MemoryBook memories, CancellationToken cancellationToken)
        => TypedResults.Ok<IReadOnlyList<MemoryView>>([.. (await memories.ListAsync(ApiCaller.From(context), cancellationToken)).Select(MemoryView.From)]);

    private static async Task<Results<Created<MemoryView>, ProblemHttpResult>> CreateAsync(
        MemoryRequest request, HttpContext context, MemoryBook memories, CancellationToken cancellationToken)
    {
        var change = await memories.RememberAsync(ApiCaller.From(context), request.Text, request.Visibility, cancellationToken);
        return change.Succeeded
            ? TypedResults.Created($"/api/v1/memories/{change.Memory!.Id}", MemoryView.From(change.Memory))
            : TypedResults.Problem(change.Refusal, statusCode: change.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(string id, HttpContext context, MemoryBook memories, CancellationToken cancellationToken)
    {
        var change = await memories.DeleteAsync(ApiCaller.From(context), id, cancellationToken);
        return change.Succeeded ? TypedResults.NoContent() : TypedResults.Problem(change.Refusal, statusCode: StatusCodes.Status404NotFound);
    }
}
