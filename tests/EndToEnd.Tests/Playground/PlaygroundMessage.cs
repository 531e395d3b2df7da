using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>A chat message as the Playground's UI receives it over its websocket.</summary>
public sealed class PlaygroundMessage(JsonObject json)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public JsonObject Json { get; } = json;

    public string MessageId => Json["messageId"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The bot's id for the bot's messages (user messages show the current user, whoever sent them).</summary>
    public string FromId => Json["from"]?["id"]?.GetValue<string>() ?? string.Empty;

    public string? Text => Json["text"]?.GetValue<string>();

    /// <summary>The contents of the Adaptive Card attachments.</summary>
    public IReadOnlyList<JsonObject> AdaptiveCards =>
        Json["attachments"]?.AsArray()
            .Where(a => a?["contentType"]?.GetValue<string>() == AdaptiveCardContentType)
            .Select(a => a!["content"] as JsonObject)
            .OfType<JsonObject>()
            .ToList() ?? [];

    /// <summary>The message's text and every string of its cards, for assertions on what a person reads.</summary>
    public string ReadableText => string.Join('\n', new[] { Text ?? string.Empty }.Concat(AdaptiveCards.Select(AdaptiveCardText.Of)));

    public override string ToString() => Json.ToJsonString();
}
