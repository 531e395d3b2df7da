using System.Text;
using SreBot.Shared.Memories;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>memories</c>: the caller's own memories, then the team's.</summary>
public sealed class MemoriesCommand(MemoryBook memories) : IChatCommandHandler
{
    public const int MaxShownCharacters = 200;

    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Memories];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        var list = await memories.ListAsync(caller.Identity, cancellationToken);
        if (list.Count == 0)
        {
            await turn.SendTextAsync("I have no memories for you yet. Say 'remember <fact>' to add one.", cancellationToken);
            return;
        }

        var reply = new StringBuilder($"Memories ({list.Count}):");
        foreach (var memory in list)
        {
            reply.Append('\n').Append(Line(memory));
        }

        await turn.SendTextAsync(reply.ToString(), cancellationToken);
    }

    public static string Line(Memory memory)
    {
        var text = memory.Text.Length > MaxShownCharacters ? $"{memory.Text[..MaxShownCharacters]}…" : memory.Text;
        return $"- {memory.Id} [{memory.Visibility}] {text}";
    }
}
