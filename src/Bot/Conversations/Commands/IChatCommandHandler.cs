namespace SreBot.Bot.Conversations.Commands;

/// <summary>Handles one chat command for a caller SreBot has identified.</summary>
public interface IChatCommandHandler
{
    /// <summary>The command names this handler answers.</summary>
    IReadOnlyCollection<string> Names { get; }

    Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken);
}
