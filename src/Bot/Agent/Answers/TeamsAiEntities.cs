using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Bot.Activities;

namespace SreBot.Bot.Agent.Answers;

/// <summary>
/// The Teams conventions for a bot message: the "AI generated" label with citations (entity <c>https://schema.org/Message</c>,
/// <c>additionalType: ["AIGeneratedContent"]</c>), the feedback buttons (<c>channelData.feedbackLoopEnabled</c>), and the
/// <c>streaminfo</c> entity of a streamed answer (informative / streaming / final, with the stream's id and sequence).
/// </summary>
public static class TeamsAiEntities
{
    public const string MessageEntityType = "https://schema.org/Message";
    public const string StreamInfoType = "streaminfo";

    public static Entity AiGenerated(IReadOnlyList<AnswerCitation> citations)
    {
        ArgumentNullException.ThrowIfNull(citations);
        var properties = new JsonObject
        {
            ["@type"] = "Message",
            ["@context"] = "https://schema.org",
            ["@id"] = string.Empty,
            ["additionalType"] = new JsonArray("AIGeneratedContent"),
        };
        if (citations.Count > 0)
        {
            properties["citation"] = new JsonArray([.. citations.Select(c => (JsonNode)new JsonObject
            {
                ["@type"] = "Claim",
                ["position"] = c.Position,
                ["appearance"] = new JsonObject { ["@type"] = "DigitalDocument", ["name"] = c.Name, ["abstract"] = c.Abstract },
            })]);
        }

        return new Entity(MessageEntityType) { Properties = ToElements(properties) };
    }

    /// <param name="streamId">Null on the first (informative) update: the id the channel gives it becomes the stream's id.</param>
    public static Entity StreamInfo(string streamType, int? streamSequence, string? streamId)
    {
        var properties = new JsonObject { ["streamType"] = streamType };
        if (streamSequence is { } sequence)
        {
            properties["streamSequence"] = sequence;
        }

        if (streamId is not null)
        {
            properties["streamId"] = streamId;
        }

        return new Entity(StreamInfoType) { Properties = ToElements(properties) };
    }

    /// <summary><c>channelData</c> that turns on Teams' 👍/👎 feedback buttons (answered by a <c>message/submitAction</c> invoke).</summary>
    public static JsonElement FeedbackLoopChannelData()
        => JsonSerializer.SerializeToElement(new JsonObject { ["feedbackLoopEnabled"] = true });

    private static Dictionary<string, JsonElement> ToElements(JsonObject properties)
        => properties.ToDictionary(p => p.Key, p => JsonSerializer.SerializeToElement(p.Value));
}
