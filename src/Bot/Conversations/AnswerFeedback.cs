using System.Text.Json;
using SreBot.Bot.Activities;
using SreBot.Bot.Agent;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;
using SreBot.Shared.Redaction;

namespace SreBot.Bot.Conversations;

/// <summary>
/// Teams' feedback buttons on an LLM answer: the <c>message/submitAction</c> invoke with <c>actionName</c> <c>feedback</c>,
/// <c>actionValue.reaction</c> like/dislike and an optional comment (<c>actionValue.feedback</c>, a JSON string with
/// <c>feedbackText</c>). The feedback is stored with the thread as the person's message (redacted once, here, and capped),
/// so it is exported, erased and purged with the thread; the audit record says who and which reaction, never the comment.
/// </summary>
public sealed class AnswerFeedback(IConversationStore conversations, IAuditLog audit, TimeProvider time)
{
    public const string InvokeName = "message/submitAction";
    public const int MaxCommentLength = 500;
    public const string RecordPrefix = "[feedback on an answer]";

    public async Task<InvokeResponse> HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Caller is not { } caller || !TryRead(turn.Activity.Value, out var reaction, out var comment))
        {
            return new InvokeResponse(400, null);
        }

        comment = comment is null ? null : SecretRedactor.Redact(Shorten(comment.Trim()));
        var text = $"{RecordPrefix} {reaction}" + (string.IsNullOrEmpty(comment) ? string.Empty : $": {comment}");
        await conversations.RecordMessageAsync(turn.Conversation, new ChatMessage(caller.Identity.UserId, caller.Name, "in", time.GetUtcNow(), text), cancellationToken);
        await audit.RecordAsync(LlmAuditEvents.Feedback, caller.Identity.UserId, AuditDecisions.None, reaction, $"reaction={reaction};comment={(string.IsNullOrEmpty(comment) ? "no" : "yes")}", cancellationToken);
        return new InvokeResponse(200, null);
    }

    private static bool TryRead(JsonElement? value, out string reaction, out string? comment)
    {
        reaction = string.Empty;
        comment = null;
        if (value is not { ValueKind: JsonValueKind.Object } v
            || !v.TryGetProperty("actionName", out var name) || name.ValueKind != JsonValueKind.String || name.GetString() != "feedback"
            || !v.TryGetProperty("actionValue", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("reaction", out var r) || r.GetString() is not ("like" or "dislike"))
        {
            return false;
        }

        reaction = r.GetString()!;
        if (action.TryGetProperty("feedback", out var feedback) && feedback.ValueKind == JsonValueKind.String && feedback.GetString() is { Length: > 0 and <= 16 * 1024 } raw)
        {
            try
            {
                using var document = JsonDocument.Parse(raw);
                comment = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("feedbackText", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString()
                    : null;
            }
            catch (JsonException)
            {
                comment = raw;
            }
        }

        return true;
    }

    private static string Shorten(string text) => text.Length <= MaxCommentLength ? text : string.Concat(text.AsSpan(0, MaxCommentLength - 1), "…");
}
