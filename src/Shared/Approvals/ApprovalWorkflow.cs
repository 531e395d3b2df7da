using System.Text.Json;
using Microsoft.Extensions.Logging;
using SreBot.Shared.Audit;
using SreBot.Shared.Identity;
using SreBot.Shared.Redaction;
using SreBot.Shared.Serialization;

namespace SreBot.Shared.Approvals;

/// <summary>
/// The approval engine every surface uses (MCP, API, Teams cards): decide, execute once, expire, cancel.
/// Requests are created by <see cref="ApprovalRequester"/> on the tool call path.
/// Decisions are re-checked here whatever the caller checked: approver role, not the requester, still pending,
/// not expired. Approving runs the stored arguments and nothing else. Every step is audited, and after every change of
/// state the <see cref="IApprovalEvents"/> are told, so every copy of the approval's card follows it.
/// </summary>
public sealed partial class ApprovalWorkflow(
    IApprovalStore store,
    IAuditLog audit,
    IApprovedActionRunner runner,
    IEnumerable<IApprovalEvents> events,
    TimeProvider time,
    ILogger<ApprovalWorkflow> logger)
{
    /// <summary>Executions claimed longer ago than this, and never completed, belong to a dead process.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(15);

    /// <summary>The longest decision comment stored; a longer one is cut (the API refuses it, a card's box does not allow it).</summary>
    public const int MaxCommentLength = 1000;

    /// <summary>The longest motivation stored with a request (<see cref="Approval.Motivation"/>).</summary>
    public const int MaxMotivationLength = 500;

    public Task<Approval?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    public Task<IReadOnlyList<Approval>> ListAsync(ApprovalStatus? status, int limit, CancellationToken cancellationToken)
        => store.ListAsync(status, limit, cancellationToken);

    /// <param name="claimedArguments">Arguments the deciding surface believes it is approving (e.g. from card data). Never executed:
    /// when they differ from the stored ones the mismatch is recorded as a security event and the stored arguments run.</param>
    public async Task<DecisionResult> DecideAsync(CallerIdentity approver, string id, bool approve, string? comment, JsonElement? claimedArguments, CancellationToken cancellationToken)
    {
        var approval = await store.GetAsync(id, cancellationToken);
        if (approval is null)
        {
            await audit.RecordAsync(ApprovalAuditEvents.Refused, approver.UserId, null, null, AuditDecisions.Deny, AuditOutcomes.Refused, "unknown approval id", cancellationToken);
            return new DecisionResult(DecisionOutcome.NotFound, "There is no approval with this id.", null);
        }

        if (!ApprovalBinding.Matches(approval))
        {
            await audit.RecordAsync(ApprovalAuditEvents.Tampered, approver.UserId, approval.Tool, ArgumentsHash.Compute(approval.Arguments), AuditDecisions.Deny, AuditOutcomes.Refused, $"{id}: stored approval does not match its binding", cancellationToken);
            return new DecisionResult(DecisionOutcome.NotFound, "This approval cannot be decided: its stored request does not match its binding.", approval);
        }

        var refusal = !approver.HasRole(Roles.Approver)
            ? new DecisionResult(DecisionOutcome.NotAnApprover, $"Only users with the '{Roles.Approver}' role can decide approvals.", approval)
            : string.Equals(approver.UserId, approval.RequestedBy, StringComparison.Ordinal)
                ? new DecisionResult(DecisionOutcome.SelfApproval, "You requested this action; a different approver must decide it.", approval)
                : null;
        if (refusal is not null)
        {
            await audit.RecordAsync(ApprovalAuditEvents.Refused, approver.UserId, approval.Tool, ArgumentsHash.Compute(approval.Arguments), AuditDecisions.Deny, AuditOutcomes.Refused, $"{id}: {refusal.Outcome}", cancellationToken);
            await store.AddEventAsync(id, new ApprovalEvent(time.GetUtcNow(), "refused", approver.UserId, refusal.Outcome.ToString()), cancellationToken);
            return refusal;
        }

        if (claimedArguments is { } claimed && !string.Equals(CanonicalJson.Write(claimed), ArgumentsHash.Compute(approval.Arguments), StringComparison.Ordinal))
        {
            await audit.RecordAsync(ApprovalAuditEvents.Tampered, approver.UserId, approval.Tool, ArgumentsHash.Compute(claimed.GetRawText()), AuditDecisions.None, AuditOutcomes.Ignored, $"{id}: decision carried arguments that differ from the stored request; only the stored arguments can run", cancellationToken);
        }

        // The comment is the approver's text: redacted once, here, before it is stored and shown.
        var transition = await store.TryDecideAsync(id, approve, approver.UserId, StoredText(comment, MaxCommentLength), time.GetUtcNow(), cancellationToken);
        switch (transition)
        {
            case DecisionTransition.NotFound:
                return new DecisionResult(DecisionOutcome.NotFound, "There is no approval with this id.", null);
            case DecisionTransition.Expired:
                await audit.RecordAsync(ApprovalAuditEvents.Expired, approver.UserId, approval.Tool, ArgumentsHash.Compute(approval.Arguments), AuditDecisions.Deny, AuditOutcomes.Expired, id, cancellationToken);
                return new DecisionResult(DecisionOutcome.Expired, "This approval has expired; nothing was run. Ask for the action again if it is still needed.", await ChangedAsync(id, cancellationToken));
            case DecisionTransition.AlreadyDecided:
                var current = await store.GetAsync(id, cancellationToken);
                await audit.RecordAsync(ApprovalAuditEvents.Refused, approver.UserId, approval.Tool, ArgumentsHash.Compute(approval.Arguments), AuditDecisions.Deny, AuditOutcomes.Refused, $"{id}: already {current?.Status}", cancellationToken);
                return new DecisionResult(DecisionOutcome.AlreadyDecided, $"This approval was already decided ({current?.Status}).", current);
        }

        await audit.RecordAsync(approve ? ApprovalAuditEvents.Approved : ApprovalAuditEvents.Rejected, approver.UserId, approval.Tool, ArgumentsHash.Compute(approval.Arguments), approve ? AuditDecisions.Allow : AuditDecisions.Deny, approve ? AuditOutcomes.Approved : AuditOutcomes.Rejected, id, cancellationToken);
        if (!approve)
        {
            return new DecisionResult(DecisionOutcome.Rejected, "Rejected; nothing was run.", await ChangedAsync(id, cancellationToken));
        }

        // Approved, then executed or failed: the cards are told once, with the outcome.
        var executed = await ExecuteOnceAsync(approval, cancellationToken);
        var after = await ChangedAsync(id, cancellationToken);
        return executed switch
        {
            null => new DecisionResult(DecisionOutcome.Approved, "Approved; the action was already claimed by another decision.", after),
            { Succeeded: true } => new DecisionResult(DecisionOutcome.Approved, "Approved and done.", after),
            { } failed => new DecisionResult(DecisionOutcome.Failed, $"Approved, but the action failed: {failed.Result}", after),
        };
    }

    /// <summary>
    /// Records, right after the request was created, the finding that motivated it: SreBot's own diagnosis from the investigation
    /// whose card's button asked for it, never text from the requester or the card. Annotating is not a decision and changes
    /// nothing that runs (the motivation is outside the binding); it holds only for a pending request by <paramref name="requestedBy"/>
    /// with none yet. Redacted and bounded like every stored field.
    /// </summary>
    public async Task RecordMotivationAsync(string id, string requestedBy, string motivation, CancellationToken cancellationToken)
    {
        if (StoredText(motivation, MaxMotivationLength) is { Length: > 0 } text)
        {
            await store.TrySetMotivationAsync(id, requestedBy, text, cancellationToken);
        }
    }

    // Text from outside kept with an approval: redacted once, trimmed, and cut to its limit (never mid surrogate pair).
    private static string? StoredText(string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        var redacted = SecretRedactor.Redact(text).Trim();
        if (redacted.Length <= maxLength)
        {
            return redacted.Length == 0 ? null : redacted;
        }

        var cut = char.IsHighSurrogate(redacted[maxLength - 2]) ? maxLength - 2 : maxLength - 1;
        return redacted[..cut] + "…";
    }

    // Claims the approval (exactly one caller wins, across processes), runs the stored arguments, records the outcome.
    private async Task<ApprovedActionResult?> ExecuteOnceAsync(Approval approval, CancellationToken cancellationToken)
    {
        if (!await store.TryClaimExecutionAsync(approval.Id, time.GetUtcNow(), cancellationToken))
        {
            return null;
        }

        ApprovedActionResult result;
        try
        {
            result = await runner.RunAsync(approval, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRunFailed(logger, exception, approval.Id);
            result = new ApprovedActionResult(false, "The action could not be run; the error was logged.");
        }

        await store.CompleteExecutionAsync(approval.Id, result.Succeeded, result.Result, time.GetUtcNow(), CancellationToken.None);
        await audit.RecordAsync(result.Succeeded ? ApprovalAuditEvents.Executed : ApprovalAuditEvents.Failed, approval.RequestedBy, approval.Tool, ArgumentsHash.Compute(approval.Arguments),
            AuditDecisions.Allow, result.Succeeded ? AuditOutcomes.Success : AuditOutcomes.Failed, approval.Id, CancellationToken.None);
        return result;
    }

    /// <summary>Expires overdue requests and closes executions abandoned by a dead process. Safe to run on every replica.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var expired = await store.ExpireDueAsync(now, cancellationToken);
        foreach (var id in expired)
        {
            await audit.RecordAsync(ApprovalAuditEvents.Expired, null, null, null, AuditDecisions.None, AuditOutcomes.Expired, id, cancellationToken);
            await ChangedAsync(id, cancellationToken);
        }

        var interrupted = await store.InterruptAbandonedAsync(now - AbandonedAfter, now, cancellationToken);
        foreach (var id in interrupted)
        {
            await audit.RecordAsync(ApprovalAuditEvents.Interrupted, null, null, null, AuditDecisions.None, AuditOutcomes.Unknown, id, cancellationToken);
            await ChangedAsync(id, cancellationToken);
        }

        return expired.Count + interrupted.Count;
    }

    /// <summary>Cancels every open approval (used when the agent is downgraded to Reader mode).</summary>
    public async Task<int> CancelOpenAsync(string actor, string reason, CancellationToken cancellationToken)
    {
        var cancelled = await store.CancelOpenAsync(actor, reason, time.GetUtcNow(), cancellationToken);
        foreach (var id in cancelled)
        {
            await audit.RecordAsync(ApprovalAuditEvents.Cancelled, actor, null, null, AuditDecisions.None, AuditOutcomes.Cancelled, id, cancellationToken);
            await ChangedAsync(id, cancellationToken);
        }

        return cancelled.Count;
    }

    /// <summary>Cancels one requester's open approvals (used when that user's roles change: what they asked for rested on the old roles).</summary>
    public async Task<int> CancelOpenRequestedByAsync(string requestedBy, string actor, string reason, CancellationToken cancellationToken)
    {
        var cancelled = await store.CancelOpenRequestedByAsync(requestedBy, actor, reason, time.GetUtcNow(), cancellationToken);
        foreach (var id in cancelled)
        {
            await audit.RecordAsync(ApprovalAuditEvents.Cancelled, actor, null, null, AuditDecisions.None, AuditOutcomes.Cancelled, id, cancellationToken);
            await ChangedAsync(id, cancellationToken);
        }

        return cancelled.Count;
    }

    // Reads the approval as it is now and tells every listener; a listener that throws is logged, never fails the change.
    private async Task<Approval?> ChangedAsync(string id, CancellationToken cancellationToken)
    {
        var approval = await store.GetAsync(id, cancellationToken);
        if (approval is null)
        {
            return null;
        }

        foreach (var listener in events)
        {
            try
            {
                await listener.ChangedAsync(approval, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogListenerFailed(logger, exception, id);
            }
        }

        return approval;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The approved action {ApprovalId} threw; it is recorded as failed")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string approvalId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A listener for changes of approval {ApprovalId} failed")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string approvalId);

}
