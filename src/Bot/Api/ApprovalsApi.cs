using Microsoft.AspNetCore.Http.HttpResults;
using SreBot.McpServer.Tools.Approvals;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Api;

/// <summary>
/// <c>/api/v1/approvals</c>: list and read approvals (anyone signed in) and decide them. The decision is checked by the
/// approval workflow (approver role, not the requester, pending, not expired) and runs only the stored arguments.
/// </summary>
public static class ApprovalsApi
{
    public const int MaxListSize = 200;

    public static RouteGroupBuilder MapApprovalsApi(this RouteGroupBuilder api)
    {
        var approvals = api.MapGroup("/approvals");
        approvals.MapGet("/", ListAsync);
        approvals.MapGet("/{id}", GetAsync);
        approvals.MapPost("/{id}/decision", DecideAsync);
        return api;
    }

    private static async Task<Results<Ok<IReadOnlyList<ApprovalView>>, ProblemHttpResult>> ListAsync(
        string? status, int? limit, ApprovalWorkflow workflow, CancellationToken cancellationToken)
    {
        ApprovalStatus? filter = null;
        if (status is not null)
        {
            if (!Enum.TryParse<ApprovalStatus>(status, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                return TypedResults.Problem($"'status' must be one of: {string.Join(", ", Enum.GetNames<ApprovalStatus>())}.", statusCode: StatusCodes.Status400BadRequest);
            }

            filter = parsed;
        }

        if (limit is < 1 or > MaxListSize)
        {
            return TypedResults.Problem($"'limit' must be between 1 and {MaxListSize}.", statusCode: StatusCodes.Status400BadRequest);
        }

        var list = await workflow.ListAsync(filter, limit ?? 50, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ApprovalView>>([.. list.Select(ApprovalView.From)]);
    }

    private static async Task<Results<Ok<ApprovalView>, ProblemHttpResult>> GetAsync(string id, ApprovalWorkflow workflow, CancellationToken cancellationToken)
        => await workflow.GetAsync(id, cancellationToken) is { } approval
            ? TypedResults.Ok(ApprovalView.From(approval))
            : TypedResults.Problem("There is no approval with this id.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<Results<Ok<DecisionView>, ProblemHttpResult>> DecideAsync(
        string id, DecisionRequest request, HttpContext context, ApprovalWorkflow workflow, CancellationToken cancellationToken)
    {
        var approve = request.Decision?.ToLowerInvariant() switch
        {
            "approve" => true,
            "reject" => false,
            _ => (bool?)null,
        };
        if (approve is null)
        {
            return TypedResults.Problem("'decision' must be 'approve' or 'reject'.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (request.Comment is { Length: > DecisionRequest.MaxCommentLength })
        {
            return TypedResults.Problem($"'comment' is limited to {DecisionRequest.MaxCommentLength} characters.", statusCode: StatusCodes.Status400BadRequest);
        }

        var result = await workflow.DecideAsync(ApiCaller.From(context), id, approve.Value, request.Comment, request.Arguments, cancellationToken);
        // The workflow has had every copy of the approval's Teams card updated, expired included, as for a click on the card.
        return result.Outcome switch
        {
            DecisionOutcome.Approved or DecisionOutcome.Failed or DecisionOutcome.Rejected => TypedResults.Ok(new DecisionView(result.Outcome.ToString(), result.Message, ApprovalView.From(result.Approval!))),
            DecisionOutcome.NotFound => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status404NotFound),
            DecisionOutcome.NotAnApprover or DecisionOutcome.SelfApproval => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status403Forbidden, title: result.Outcome.ToString()),
            _ => TypedResults.Problem(result.Message, statusCode: StatusCodes.Status409Conflict, title: result.Outcome.ToString()),
        };
    }
}
