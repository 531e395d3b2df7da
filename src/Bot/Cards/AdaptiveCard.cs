using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using SreBot.Bot.Activities;
using SreBot.Bot.Cards.Actions;
using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards;

/// <summary>
/// An Adaptive Card, schema version 1.5 (the version Teams needs for <c>Action.Execute</c> and <c>refresh</c>).
/// Build it from the typed elements and actions, then call <see cref="ToJsonObject"/> or <see cref="ToAttachment"/>.
/// </summary>
public sealed record AdaptiveCard
{
    public const string SchemaVersion = "1.5";

    [JsonPropertyOrder(-2)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-1)]
    public string Version => SchemaVersion;

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    /// <summary>Buttons under the body; null for none.</summary>
    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Teams Universal Actions refresh: who gets an automatically refreshed (user-specific) view.</summary>
    public Refresh? Refresh { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? MsTeams { get; init; }

    public JsonObject ToJsonObject() => CardJson.ToJsonObject(this);

    public JsonElement ToJsonElement() => CardJson.ToJsonElement(this);

    /// <summary>The card as a message attachment (content type <see cref="Attachment.AdaptiveCardContentType"/>).</summary>
    public Attachment ToAttachment() => new(Attachment.AdaptiveCardContentType, ToJsonElement());
}
