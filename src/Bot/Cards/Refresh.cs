using System.Text.Json.Serialization;
using SreBot.Bot.Cards.Actions;

namespace SreBot.Bot.Cards;

/// <summary>
/// A card's <c>refresh</c>: Teams sends <see cref="Action"/> as an <c>adaptiveCard/action</c> invoke for each user in
/// <see cref="UserIds"/> (Teams user MRIs, <c>29:…</c>) when they see the card, and shows them the card the bot returns.
/// Others keep the card as sent. An empty list means manual refresh only.
/// </summary>
public sealed record Refresh
{
    /// <summary>Teams refreshes automatically for at most 60 users.</summary>
    public const int MaxUserIds = 60;

    public Refresh(ExecuteAction action, IReadOnlyList<string> userIds)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(userIds);
        Action = action;
        UserIds = [.. userIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).Take(MaxUserIds)];
    }

    [JsonIgnore]
    public ExecuteAction Action { get; }

    /// <summary>Declared as the polymorphic base so that the JSON carries <c>"type": "Action.Execute"</c>.</summary>
    [JsonInclude]
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-1)]
    private CardAction SerializedAction => Action;

    public IReadOnlyList<string> UserIds { get; }
}
