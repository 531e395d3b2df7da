using System.Text.Json;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>An activity the bot sent (POST) or replaced (PUT), with the id the connector gave it and the Authorization header it came with.</summary>
public sealed record RecordedActivity(string Method, string ConversationId, string? Target, string Id, JsonElement Body, string Authorization)
{
    public string? Type => Body.TryGetProperty("type", out var type) ? type.GetString() : null;

    public string? Text => Body.TryGetProperty("text", out var text) ? text.GetString() : null;

    public JsonElement? Card => Body.TryGetProperty("attachments", out var attachments) && attachments.GetArrayLength() > 0
        ? attachments[0].GetProperty("content")
        : null;

    /// <summary>All string values in the activity and its card, joined, for assertions that do not care where a phrase appears.</summary>
    public string AllText => JsonText.Strings(Body);
}
