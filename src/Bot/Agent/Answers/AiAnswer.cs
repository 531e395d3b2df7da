using System.Text;
using SreBot.Bot.Activities;

namespace SreBot.Bot.Agent.Answers;

/// <summary>
/// The message that carries an LLM answer: the (already redacted) text with <c>[n]</c> markers for the tool results and
/// knowledge passages the turn used, the "AI generated" label with those citations, Teams' feedback buttons, and the
/// final <c>streaminfo</c> when the answer was streamed.
/// </summary>
public static class AiAnswer
{
    public static Activity Message(AgentTurnResult result, Entity? finalStreamInfo)
    {
        ArgumentNullException.ThrowIfNull(result);
        var citations = AnswerCitation.From(result.Steps);
        var text = new StringBuilder(result.Answer);
        if (citations.Count > 0)
        {
            text.Append("\n\nSources: ").AppendJoin(", ", citations.Select(c => $"[{c.Position}] {c.Name}"));
        }

        List<Entity> entities = [TeamsAiEntities.AiGenerated(citations)];
        if (finalStreamInfo is not null)
        {
            entities.Add(finalStreamInfo);
        }

        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = text.ToString(),
            TextFormat = "plain",
            Entities = entities,
            ChannelData = TeamsAiEntities.FeedbackLoopChannelData(),
        };
    }
}
