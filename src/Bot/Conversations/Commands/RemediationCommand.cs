using SreBot.Bot.Investigation;
using SreBot.McpServer.InProcess;

namespace SreBot.Bot.Conversations.Commands;

/// <summary>
/// <c>restart … because …</c> and <c>scale … to n because …</c>: resolves the name, then asks through
/// <see cref="RemediationRequests"/> as the caller. In Privileged mode that creates an approval in the engine; the answer is the approval card.
/// </summary>
public sealed class RemediationCommand(InProcessMcpSessions sessions, ResourceResolver resolver, RemediationRequests requests, ChatCards cards) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Restart, ChatCommand.Scale];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(caller.ToPrincipal(), cancellationToken);
        var resource = await resolver.ResolveAsync(session.Client, command.Target!, cancellationToken);
        if (resource.Id is null)
        {
            await turn.SendCardAsync(cards.Error("Nothing requested", resource.Problem!), "not found", cancellationToken);
            return;
        }

        var instanceCount = command.Name == ChatCommand.Scale ? command.Count : null;
        if (await requests.RequestAsync(turn, session.Client, caller, resource.Id, instanceCount, command.Reason, motivation: null, cancellationToken) is { } refusal)
        {
            await turn.SendCardAsync(cards.Error("Not requested", refusal), "refused", cancellationToken);
        }
    }
}
