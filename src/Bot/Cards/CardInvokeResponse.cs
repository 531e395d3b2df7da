using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Cards;

/// <summary>
/// The body of the response to an <c>adaptiveCard/action</c> invoke (Universal Actions): either a card that replaces
/// the one the user acted on, or a short message Teams shows to that user.
/// </summary>
public sealed record CardInvokeResponse(
    [property: JsonPropertyName("statusCode")] int StatusCode,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] JsonNode Value)
{
    public const string InvokeName = "adaptiveCard/action";
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MessageContentType = "application/vnd.microsoft.activity.message";
    public const int MaxMessageLength = 500;

    /// <summary><c>{"statusCode":200,"type":"application/vnd.microsoft.card.adaptive","value":card}</c>.</summary>
    public static CardInvokeResponse ForCard(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new(200, CardContentType, card.ToJsonObject());
    }

    /// <summary><c>{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":text}</c>; the text is cleaned and capped.</summary>
    public static CardInvokeResponse ForMessage(string text) =>
        new(200, MessageContentType, JsonValue.Create(TextSanitizer.Clean(text, MaxMessageLength))!);

    public JsonObject ToJsonObject() => CardJson.ToJsonObject(this);
}
