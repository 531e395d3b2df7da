using SreBot.Bot.Conversations.Investigation;
using SreBot.McpServer.InProcess;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>investigate &lt;resource&gt;</c>: reads everything through the caller's own MCP session and answers with a summary card.</summary>
public sealed class InvestigateCommand(InProcessMcpSessions sessions, ResourceResolver resolver, Investigator investigator, IChatCards cards, TimeProvider time) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Investigate];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        await turn.SendTypingAsync(cancellationToken);
        await using var session = await sessions.OpenAsync(caller.ToPrincipal(), cancellationToken);
        var resource = await resolver.ResolveAsync(session.Client, command.Target!, cancellationToken);
        if (resource.Id is null)
        {
            await turn.SendCardAsync(cards.Error("Not investigated", resource.Problem!), "not found", cancellationToken);
            return;
        }

        var result = await investigator.InvestigateAsync(session.Client, resource, time.GetUtcNow(), cancellationToken);
        if (result.Summary is null)
        {
            await turn.SendCardAsync(cards.Error("Not investigated", result.Problem!), "refused", cancellationToken);
            return;
        }

        await turn.SendCardAsync(cards.Investigation(result.Summary), $"investigation of {result.Summary.ResourceName}", cancellationToken);
    }
}
