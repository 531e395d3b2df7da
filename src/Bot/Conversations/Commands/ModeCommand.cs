using SreBot.Shared.AgentAccess;
using SreBot.Shared.Policy;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>mode</c> shows the access mode; <c>mode privileged</c> / <c>mode reader</c> change it (admins; checked by the engine).</summary>
public sealed class ModeCommand(AgentAdministration administration, ChatCards cards, TimeProvider time) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Mode];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        if (command.Argument is null)
        {
            var state = await administration.GetStateAsync(cancellationToken);
            await turn.SendCardAsync(cards.Mode(state, $"SreBot is in {state.Mode} mode.", time.GetUtcNow()), "mode", cancellationToken);
            return;
        }

        AccessMode? mode = command.Argument switch
        {
            "privileged" => AccessMode.Privileged,
            "reader" => AccessMode.Reader,
            _ => null,
        };
        if (mode is null)
        {
            await turn.SendTextAsync("Use 'mode privileged' or 'mode reader'.", cancellationToken);
            return;
        }

        var result = await administration.ChangeModeAsync(caller.Identity, mode.Value, cancellationToken);
        await turn.SendCardAsync(result.Changed ? cards.Mode(result.State, result.Reason, time.GetUtcNow()) : cards.Error("Mode not changed", result.Reason), "mode change", cancellationToken);
    }
}
