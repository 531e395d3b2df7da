using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Bot.Cards;

namespace SreBot.Bot.Activities;

/// <summary>The HTTP answer to an invoke activity: a status and the body Teams reads (for card actions, a <see cref="CardInvokeResponse"/>).</summary>
public sealed record InvokeResponse(int Status, object? Body)
{
    /// <summary>Universal Actions: replace the card the person acted on with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonElement card)
        => new(200, new CardInvokeResponse(200, CardInvokeResponse.CardContentType, JsonNode.Parse(card.GetRawText())!).ToJsonObject());

    /// <summary>Universal Actions: leave the card and show the person a short message (cleaned and capped).</summary>
    public static InvokeResponse Message(string text) => new(200, CardInvokeResponse.ForMessage(text).ToJsonObject());
}
