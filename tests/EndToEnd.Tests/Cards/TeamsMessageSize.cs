using System.Text.Json;
using System.Text.Json.Serialization;
using SreBot.Bot.Activities;
using SreBot.Bot.Cards;

namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>
/// How big a card is as the message Teams receives: the activity SreBot posts to the Bot Connector
/// (<see cref="Activity.CardMessage"/>, serialised as <c>BotConnectorClient</c> does: web casing, no nulls),
/// counted as UTF-16, the encoding Teams counts in.
/// </summary>
/// <remarks>
/// The limits, as documented:
/// <list type="bullet">
/// <item>"Limits and specifications for Microsoft Teams" (learn.microsoft.com/microsoftteams/limits-specifications-teams),
/// messaging: "28 KB is an approximate limit because it includes the message itself (text, image links, etc.),
/// @-mentions, number of connectors, and reactions".</item>
/// <item>"Format your bot messages" (learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages):
/// the bot message limit was 40 KB and is now 100 KB (80 KB recommended), "encoded as UTF-16"; over it the bot gets
/// 413 MessageSizeTooBig.</item>
/// </list>
/// The test holds cards to the strictest of these, 28 KB counted as UTF-16, and wants a quarter of it spare
/// (<see cref="Budget"/>): reactions and mentions are added to the message later, and text grows with real data.
/// </remarks>
public static class TeamsMessageSize
{
    /// <summary>The Teams message limit, about 28 KB.</summary>
    public const int LimitBytes = 28 * 1024;

    /// <summary>What a card may use: three quarters of the limit.</summary>
    public const int Budget = LimitBytes * 3 / 4;

    private static readonly JsonSerializerOptions Connector = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The activity's JSON as posted to the Bot Connector.</summary>
    public static string ActivityJson(AdaptiveCard card) => JsonSerializer.Serialize(Activity.CardMessage(card.ToJsonElement()), Connector);

    /// <summary>The activity's size in bytes of UTF-16.</summary>
    public static int Utf16Bytes(string activityJson) => activityJson.Length * sizeof(char);
}
