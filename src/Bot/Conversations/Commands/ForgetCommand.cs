using System.Text;
using SreBot.Shared.Memories;

namespace SreBot.Bot.Conversations.Commands;

/// <summary>
/// <c>forget &lt;id or text&gt;</c>: deletes one of the caller's memories (admins: also team memories). Text found in
/// several memories lists them and deletes nothing.
/// </summary>
public sealed class ForgetCommand(MemoryBook memories) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Forget];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        var change = await memories.ForgetAsync(caller.Identity, command.Argument!, cancellationToken);
        if (change.Succeeded)
        {
            await turn.SendTextAsync($"Forgotten: {change.Memory!.Id}.", cancellationToken);
            return;
        }

        var reply = new StringBuilder(change.Refusal);
        foreach (var candidate in change.Candidates ?? [])
        {
            reply.Append('\n').Append(MemoriesCommand.Line(candidate));
        }

        await turn.SendTextAsync(reply.ToString(), cancellationToken);
    }
}
