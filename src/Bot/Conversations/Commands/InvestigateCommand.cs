using SreBot.Bot.Investigation;

namespace SreBot.Bot.Conversations.Commands;

/// <summary>
/// <c>investigate &lt;resource&gt;</c>: runs an <see cref="InvestigationRun"/> as the caller, recorded in the conversation's
/// thread, and answers with its card; typing shows until then. Every investigation leaves a trace in the thread: the tool calls in order and what they found.
/// </summary>
public sealed class InvestigateCommand(InvestigationRun investigation) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Investigate];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        InvestigationRunResult run;
        await using (turn.KeepTyping(cancellationToken))
        {
            run = await investigation.RunAsync(caller.Identity, command.Target!, turn.Conversation.ThreadId, cancellationToken);
        }

        await turn.SendCardAsync(run.Card, run.CardSummary, cancellationToken);
    }
}
