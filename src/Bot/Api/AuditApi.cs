using Microsoft.AspNetCore.Http.HttpResults;
using SreBot.Shared.Audit;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Api;

/// <summary><c>/api/v1/audit</c>: query and verify the audit log (roles <c>auditor</c> or <c>admin</c>).</summary>
public static class AuditApi
{
    public const int MaxPageSize = 1000;

    public static RouteGroupBuilder MapAuditApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/audit").RequireAuthorization(policy => policy.RequireRole(Roles.Auditor, Roles.Admin));
        group.MapGet("/", QueryAsync);
        group.MapGet("/verify", VerifyAsync);
        return api;
    }

    private static async Task<Results<Ok<AuditPage>, ProblemHttpResult>> QueryAsync(
        IAuditLog audit,
        string? user,
        string? tool,
        string? decision,
        string? eventType,
        DateTimeOffset? from,
        DateTimeOffset? to,
        long? after,
        int? limit,
        CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxPageSize)
        {
            return TypedResults.Problem($"'limit' must be between 1 and {MaxPageSize}.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (from > to)
        {
            return TypedResults.Problem("'from' must not be after 'to'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var pageSize = limit ?? 100;
        var records = await audit.QueryAsync(new AuditQuery(user, tool, decision, eventType, from, to, after, pageSize), cancellationToken);
        var next = records.Count == pageSize ? records[^1].Sequence : (long?)null;
        return TypedResults.Ok(new AuditPage(records, next));
    }

    private static async Task<Ok<AuditVerification>> VerifyAsync(IAuditLog audit, CancellationToken cancellationToken)
        => TypedResults.Ok(await audit.VerifyAsync(cancellationToken));
}
