using System.Text.Json;
using System.Text.Json.Serialization;

namespace SreBot.Bot.Activities;

/// <summary>
/// An activity of the Bot Framework activity protocol (named as in the Agents SDK so this layer can be swapped for
/// Microsoft.Agents.Hosting.AspNetCore). Unknown fields are kept in <see cref="ExtensionData"/>, never rejected.
/// </summary>
public sealed record Activity
{
    [JsonPropertyName("type")]
    public string? Type { get; init; }

    [JsonPropertyName("id")]
    public string? Id { get; init; }

    [JsonPropertyName("timestamp")]
    public DateTimeOffset? Timestamp { get; init; }

    [JsonPropertyName("serviceUrl")]
    public string? ServiceUrl { get; init; }

    [JsonPropertyName("channelId")]
    public string? ChannelId { get; init; }

    [JsonPropertyName("from")]
    public ChannelAccount? From { get; init; }

    [JsonPropertyName("conversation")]
    public ConversationAccount? Conversation { get; init; }

    [JsonPropertyName("recipient")]
    public ChannelAccount? Recipient { get; init; }

    [JsonPropertyName("text")]
    public string? Text { get; init; }

    [JsonPropertyName("textFormat")]
    public string? TextFormat { get; init; }

    [JsonPropertyName("locale")]
    public string? Locale { get; init; }

    [JsonPropertyName("replyToId")]
    public string? ReplyToId { get; init; }

    [JsonPropertyName("name")]
    public string? Name { get; init; }

    [JsonPropertyName("value")]
    public JsonElement? Value { get; init; }

    [JsonPropertyName("attachments")]
    public IReadOnlyList<Attachment>? Attachments { get; init; }

    [JsonPropertyName("entities")]
    public IReadOnlyList<Entity>? Entities { get; init; }

    [JsonPropertyName("membersAdded")]
    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    [JsonPropertyName("channelData")]
    public JsonElement? ChannelData { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; init; }

    /// <summary>A message whose only content is one Adaptive Card.</summary>
    public static Activity CardMessage(JsonElement card)
        => new() { Type = ActivityTypes.Message, Attachments = [new Attachment(Attachment.AdaptiveCardContentType, card)] };
}
