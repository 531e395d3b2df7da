using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>The bot's answer to an <c>adaptiveCard/action</c> invoke as the Playground returns it: a card or a message.</summary>
public sealed record CardActionResult(string? Type, JsonNode? Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";

    public bool IsCard => Type == CardType;

    /// <summary>Every string of the returned card or message, for assertions.</summary>
    public string ReadableText => Value is JsonValue text ? text.ToString() : AdaptiveCardText.Of(Value);

    public override string ToString() => $"{Type}: {Value?.ToJsonString()}";
}
