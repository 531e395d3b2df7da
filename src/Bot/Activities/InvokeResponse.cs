using System.Text.Json;

namespace SreBot.Bot.Activities;

/// <summary>The HTTP answer to an invoke activity: the status and the body Teams reads (for card actions, the updated card).</summary>
public sealed record InvokeResponse(int Status, object? Body)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";

    /// <summary>Universal Actions: replace the card the person acted on with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonElement card) => new(200, new { statusCode = 200, type = CardType, value = card });

    /// <summary>Universal Actions: leave the card and show the person a short message.</summary>
    public static InvokeResponse Message(string text) => new(200, new { statusCode = 200, type = MessageType, value = text });
}
