using Microsoft.AspNetCore.Http.HttpResults;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;
using SreBot.Shared.Identity;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Api;

/// <summary>
/// <c>/api/v1/threads/{id}</c> and <c>/api/v1/threads/{id}/traces</c>: a chat thread and the traces of the
/// investigations run in it. Readable by the thread's participants (people who wrote in it) and admins; to anyone
/// else a thread does not exist (404, the same answer as for an unknown id). The same people can export it (JSON) and
/// erase it.
/// </summary>
public static class ThreadsApi
{
    public const int MaxMessages = 200;

    public const int MaxTraces = 200;

    /// <summary>Audit event for an erased thread; its detail is the thread id (a hash, not personal data).</summary>
    public const string ThreadDeleted = "data.thread-deleted";

    private const string NotFound = "There is no thread with this id.";

    public static RouteGroupBuilder MapThreadsApi(this RouteGroupBuilder api)
    {
        var threads = api.MapGroup("/threads");
        threads.MapGet("/{id}", GetAsync);
        threads.MapGet("/{id}/traces", TracesAsync);
        threads.MapGet("/{id}/export", ExportAsync);
        threads.MapDelete("/{id}", DeleteAsync);
        return api;
    }

    private static async Task<Results<Ok<ThreadView>, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, IConversationStore conversations, CancellationToken cancellationToken)
    {
        if (await ReadableThreadAsync(id, ApiCaller.From(context), conversations, cancellationToken) is not { } thread)
        {
            return TypedResults.Problem(NotFound, statusCode: StatusCodes.Status404NotFound);
        }

        var messages = await conversations.GetMessagesAsync(thread.Id, MaxMessages, cancellationToken);
        return TypedResults.Ok(ThreadView.From(thread, messages));
    }

    private static async Task<Results<Ok<IReadOnlyList<TraceView>>, ProblemHttpResult>> TracesAsync(
        string id, int? limit, HttpContext context, IConversationStore conversations, IInvestigationTraceStore traces, CancellationToken cancellationToken)
    {
        if (await ReadableThreadAsync(id, ApiCaller.From(context), conversations, cancellationToken) is not { } thread)
        {
            return TypedResults.Problem(NotFound, statusCode: StatusCodes.Status404NotFound);
        }

        if (limit is < 1 or > MaxTraces)
        {
            return TypedResults.Problem($"'limit' must be between 1 and {MaxTraces}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var list = await traces.ListForThreadAsync(thread.Id, limit ?? 50, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<TraceView>>([.. list.Select(TraceView.From)]);
    }

    private static async Task<Results<Ok<ThreadExport>, ProblemHttpResult>> ExportAsync(
        string id, HttpContext context, IConversationStore conversations, IInvestigationTraceStore traces, CancellationToken cancellationToken)
    {
        if (await ReadableThreadAsync(id, ApiCaller.From(context), conversations, cancellationToken) is not { } thread)
        {
            return TypedResults.Problem(NotFound, statusCode: StatusCodes.Status404NotFound);
        }

        var messages = await conversations.GetMessagesAsync(thread.Id, int.MaxValue, cancellationToken);
        var traceList = await traces.ListForThreadAsync(thread.Id, int.MaxValue, cancellationToken);
        return TypedResults.Ok(new ThreadExport(ThreadView.From(thread, messages), [.. traceList.Select(TraceView.From)]));
    }

    /// <summary>Erases the thread (participants or admins). The audit log keeps only that it was deleted, by whom and when.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(
        string id, HttpContext context, IConversationStore conversations, IAuditLog audit, CancellationToken cancellationToken)
    {
        var caller = ApiCaller.From(context);
        if (await ReadableThreadAsync(id, caller, conversations, cancellationToken) is not { } thread)
        {
            return TypedResults.Problem(NotFound, statusCode: StatusCodes.Status404NotFound);
        }

        // Recorded first: if the record cannot be written, nothing is deleted.
        await audit.RecordAsync(ThreadDeleted, caller.UserId, null, null, AuditDecisions.Allow, AuditOutcomes.Deleted, thread.Id, cancellationToken);
        await conversations.DeleteThreadAsync(thread.Id, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task<ChatThread?> ReadableThreadAsync(string id, CallerIdentity caller, IConversationStore conversations, CancellationToken cancellationToken)
        => await conversations.GetThreadAsync(id, cancellationToken) is { } thread && (caller.HasRole(Roles.Admin) || thread.IsParticipant(caller.UserId))
            ? thread
            : null;
}
