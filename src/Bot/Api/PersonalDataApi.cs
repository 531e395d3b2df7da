using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using SreBot.Bot.Security;
using SreBot.Shared.Identity;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Api;

/// <summary>
/// Personal data: <c>/api/v1/me/export</c> (everything SreBot keeps about the caller, as JSON, also kept as a blob),
/// <c>/api/v1/me/exports/{id}</c> (a kept export, owner only), <c>DELETE /api/v1/me</c> (erase the caller), and the
/// same for any user under <c>/api/v1/users/{userId}</c> for admins (others get 403). Routes that name a user are
/// audited by their pattern, so the subject's id never enters the hash chain.
/// </summary>
public static class PersonalDataApi
{
    public const int MaxUserIdLength = 256;

    public static RouteGroupBuilder MapPersonalDataApi(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me");
        me.MapGet("/export", (HttpContext context, PersonalDataExporter exporter, CancellationToken ct) => ExportAsync(context, ApiCaller.From(context).UserId, exporter, ct));
        me.MapGet("/exports/{id}", OpenExportAsync);
        api.MapDelete("/me", (HttpContext context, PersonalDataEraser eraser, CancellationToken ct) => EraseAsync(context, ApiCaller.From(context).UserId, eraser, ct));

        var users = api.MapGroup("/users").RequireAuthorization(policy => policy.RequireRole(Roles.Admin)).WithMetadata(new AuditRoutePattern());
        users.MapGet("/{userId}/export", (string userId, HttpContext context, PersonalDataExporter exporter, CancellationToken ct) => ExportAsync(context, userId, exporter, ct));
        users.MapDelete("/{userId}", (string userId, HttpContext context, PersonalDataEraser eraser, CancellationToken ct) => EraseAsync(context, userId, eraser, ct));
        return api;
    }

    private static async Task<Results<Ok<JsonObject>, ProblemHttpResult>> ExportAsync(
        HttpContext context, string userId, PersonalDataExporter exporter, CancellationToken cancellationToken)
    {
        if (!IsUserId(userId))
        {
            return TypedResults.Problem($"The user id must be 1 to {MaxUserIdLength} characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        var export = await exporter.ExportAsync(ApiCaller.From(context).UserId, userId, cancellationToken);
        context.Response.Headers["X-SreBot-Export-Id"] = export.Id;
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(export.Document);
    }

    private static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> OpenExportAsync(
        string id, HttpContext context, PersonalDataExporter exporter, CancellationToken cancellationToken)
    {
        if (await exporter.OpenAsync(ApiCaller.From(context).UserId, id, cancellationToken) is not { } stream)
        {
            return TypedResults.Problem("You have no export with this id.", statusCode: StatusCodes.Status404NotFound);
        }

        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Stream(stream, "application/json", $"{id}.json");
    }

    private static async Task<Results<Ok<ErasureView>, ProblemHttpResult>> EraseAsync(
        HttpContext context, string userId, PersonalDataEraser eraser, CancellationToken cancellationToken)
    {
        if (!IsUserId(userId))
        {
            return TypedResults.Problem($"The user id must be 1 to {MaxUserIdLength} characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        var caller = ApiCaller.From(context);
        var erasure = await eraser.EraseAsync(caller.UserId, userId, cancellationToken);
        if (string.Equals(caller.UserId, userId, StringComparison.Ordinal))
        {
            // The access record of this very request must not link the erased user again.
            context.Items[AccessAuditMiddleware.ActorErasedItem] = true;
        }

        return TypedResults.Ok(new ErasureView(erasure.Counts, erasure.AuditSequence));
    }

    private static bool IsUserId(string? userId) => !string.IsNullOrWhiteSpace(userId) && userId.Length <= MaxUserIdLength;
}
