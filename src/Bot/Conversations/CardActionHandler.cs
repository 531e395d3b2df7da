using System.Text.Json;
using SreBot.Bot.Activities;
using SreBot.Bot.Cards.Templates;
using SreBot.Shared.Approvals;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;
using SreBot.Shared.Serialization;

namespace SreBot.Bot.Conversations;

/// <summary>
/// <c>adaptiveCard/action</c> invokes from approval cards. The card carries only the approval id; everything is re-checked
/// by the approval engine (approver role, not the requester, pending, not expired) and only the stored arguments run.
/// Any other data on the card is compared with the stored request and a mismatch is recorded as a security event.
/// An action counts only from a conversation the approval's card was sent to (the store records every such message):
/// one from anywhere else changes nothing, shows nothing, and is audited as a refusal.
/// The approver's comment box (<see cref="ApprovalVerbs.CommentInputId"/>) is the one key that is not part of the request: it is
/// taken out of the data and passed as the decision comment, which the workflow redacts once with <see cref="Shared.Redaction.SecretRedactor"/>
/// and then bounds to <see cref="ApprovalWorkflow.MaxCommentLength"/> (in that order: a cut first could leave half a secret the
/// redactor no longer recognises).
/// The "forget me" card's buttons go to <see cref="ForgetMeCardAction"/>, an investigation card's request buttons to <see cref="RemediationCardAction"/>.
/// </summary>
public sealed class CardActionHandler(
    ApprovalWorkflow workflow,
    ApprovalCards approvalCards,
    ChatCards cards,
    ForgetMeCardAction forgetMe,
    RemediationCardAction remediation,
    IConversationStore conversations,
    IAuditLog audit)
{
    public const string ElsewhereRefusal = "This approval card is not shown in this conversation, so its buttons do nothing here. Type 'approvals' to see the pending requests.";

    public const string RefreshVerb = "refresh";
    public const string ApproveVerb = "approve";
    public const string RejectVerb = "reject";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Caller is not { } caller)
        {
            return InvokeResponse.Message("SreBot cannot tell who you are (no Entra object id on the activity).");
        }

        if (!TryReadAction(turn.Activity.Value, out var verb, out var data))
        {
            return InvokeResponse.Message("This card action is not one SreBot knows.");
        }

        if (ForgetMeVerbs.IsForgetMe(verb))
        {
            return await forgetMe.HandleAsync(turn, caller, verb, data, cancellationToken);
        }

        if (verb == RemediationVerbs.Request)
        {
            return await remediation.HandleAsync(turn, caller, data, cancellationToken);
        }

        if (!data.TryGetProperty("approvalId", out var idElement) || idElement.ValueKind != JsonValueKind.String)
        {
            return InvokeResponse.Message("This card action is not one SreBot knows.");
        }

        var id = idElement.GetString()!;
        if (await workflow.GetAsync(id, cancellationToken) is not { } approval)
        {
            return InvokeResponse.Card(cards.Error("Unknown approval", "There is no approval with this id."));
        }

        if (!await WasSentToAsync(id, turn.Conversation, cancellationToken))
        {
            await audit.RecordAsync(ApprovalAuditEvents.Refused, caller.Identity.UserId, approval.Tool, ArgumentsHash.Compute(approval.Arguments), AuditDecisions.Deny, AuditOutcomes.Refused, $"{id}: card action from another conversation", cancellationToken);
            return InvokeResponse.Message(ElsewhereRefusal);
        }

        if (verb == RefreshVerb)
        {
            return InvokeResponse.Card(await approvalCards.ViewForAsync(approval, caller, cancellationToken));
        }

        if (verb is not (ApproveVerb or RejectVerb))
        {
            return InvokeResponse.Message("This card action is not one SreBot knows.");
        }

        // Roles Entra could not give are not a refusal of this approver: say why nothing can be decided now.
        if (caller.RolesUnavailable is { } unavailable)
        {
            return InvokeResponse.Message(unavailable);
        }

        var result = await workflow.DecideAsync(caller.Identity, id, verb == ApproveVerb, Comment(data), ClaimedArguments(data), cancellationToken);
        if (result.Outcome is DecisionOutcome.Approved or DecisionOutcome.Failed or DecisionOutcome.Rejected or DecisionOutcome.Expired)
        {
            // The workflow has had every copy of the card updated (expired included); the clicker gets it as the answer.
            return InvokeResponse.Card(await approvalCards.ViewForAsync(result.Approval ?? approval, caller, cancellationToken));
        }

        return InvokeResponse.Message(result.Message);
    }

    private async Task<bool> WasSentToAsync(string approvalId, ConversationReference conversation, CancellationToken cancellationToken)
        => (await conversations.ApprovalCardsAsync(approvalId, cancellationToken)).Any(m => m.Conversation.ThreadId == conversation.ThreadId);

    private static bool TryReadAction(JsonElement? value, out string verb, out JsonElement data)
    {
        verb = string.Empty;
        data = default;
        if (value is not { ValueKind: JsonValueKind.Object } v || !v.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String
            || !action.TryGetProperty("data", out data) || data.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        verb = verbElement.GetString()!;
        return true;
    }

    // The approver's comment from the card's box, or null when empty or absent (the workflow redacts, then bounds it).
    private static string? Comment(JsonElement data)
        => data.TryGetProperty(ApprovalVerbs.CommentInputId, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    // Approval cards carry only the id (and the approver's comment box); anything else on an approve/reject is what the clicker claims to approve.
    private static JsonElement? ClaimedArguments(JsonElement data)
    {
        var extra = data.EnumerateObject().Where(p => p.Name is not (ApprovalVerbs.ApprovalIdKey or ApprovalVerbs.CommentInputId)).ToList();
        return extra.Count == 0 ? null : JsonDocument.Parse(CanonicalJson.Write(extra.Select(p => KeyValuePair.Create(p.Name, p.Value)))).RootElement.Clone();
    }
}
