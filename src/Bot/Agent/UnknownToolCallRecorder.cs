using Microsoft.Extensions.AI;
using SreBot.Bot.Conversations;

namespace SreBot.Bot.Agent;

/// <summary>
/// Sits under function invocation and puts each call of a tool the model was not offered into the turn's trace, in call
/// order (function invocation answers such calls "not found"; nothing runs).
/// </summary>
public sealed class UnknownToolCallRecorder(IChatClient inner, AgentTurnState turn) : DelegatingChatClient(inner)
{
    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var response = await base.GetResponseAsync(messages, options, cancellationToken);
        var offered = new HashSet<string>(options?.Tools?.Select(t => t.Name) ?? [], StringComparer.Ordinal);
        foreach (var call in response.Messages.SelectMany(m => m.Contents).OfType<FunctionCallContent>().Where(c => !offered.Contains(c.Name)))
        {
            var arguments = new Dictionary<string, object?>(call.Arguments ?? new Dictionary<string, object?>(), StringComparer.Ordinal);
            turn.Recorder.Record(call.Name, arguments, turn.Recorder.Start(), new ToolAnswer(false, null, "Refused: no such tool was offered; nothing ran."));
        }

        return response;
    }
}
