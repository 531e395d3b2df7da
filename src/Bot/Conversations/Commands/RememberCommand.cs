using SreBot.Shared.Memories;

namespace SreBot.Bot.Conversations.Commands;

/// <summary>
/// <c>remember &lt;fact&gt;</c> keeps a private memory; <c>remember for the team &lt;fact&gt;</c> a team one (admins and
/// operators). The reply names the memory's id but does not repeat the fact.
/// </summary>
public sealed class RememberCommand(MemoryBook memories) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Remember];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        var change = await memories.RememberAsync(caller.Identity, command.Argument, command.Target, cancellationToken);
        await turn.SendTextAsync(
            change.Succeeded
                ? $"I'll remember that ({change.Memory!.Id}, {(change.Memory.IsTeam ? "shared with the team" : "private to you")}). Say 'forget {change.Memory.Id}' to remove it."
                : change.Refusal!,
            cancellationToken);
    }
}
