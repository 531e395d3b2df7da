using SreBot.Shared.AgentAccess;

namespace SreBot.Bot.Conversations.Commands;

public sealed class WhoAmICommand(IAgentStateStore agentState) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.WhoAmI];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        var state = await agentState.GetStateAsync(cancellationToken);
        var roles = caller.Identity.Roles.Count == 0 ? "none" : string.Join(", ", caller.Identity.Roles.Order(StringComparer.Ordinal));
        await turn.SendTextAsync($"You are {caller.Name ?? "(no name)"}, user id {caller.Identity.UserId}. Roles: {roles}. SreBot is in {state.Mode} mode.", cancellationToken);
    }
}
