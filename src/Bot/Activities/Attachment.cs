using System.Text.Json;
using System.Text.Json.Serialization;

namespace SreBot.Bot.Activities;

/// <summary>An attachment; for Adaptive Cards <see cref="ContentType"/> is <see cref="AdaptiveCardContentType"/> and <see cref="Content"/> the card JSON.</summary>
public sealed record Attachment(
    [property: JsonPropertyName("contentType")] string ContentType,
    [property: JsonPropertyName("content")] JsonElement? Content = null,
    [property: JsonPropertyName("name")] string? Name = null)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
}
