using Microsoft.Extensions.Options;
using SreBot.Bot.Agent;

namespace SreBot.Bot.Conversations.Commands;

public sealed class HelpCommand(ChatCards cards, IOptions<LlmOptions> llm) : IChatCommandHandler
{
    public static readonly IReadOnlyList<(string Command, string Description)> Commands =
    [
        ("investigate <resource>", "health, key metrics, recent errors and changes of a resource, with findings"),
        ("restart <resource> because <reason>", "ask for a restart; it runs once a different approver approves"),
        ("scale <resource> to <n> because <reason>", "ask for a new instance count; needs approval"),
        ("approvals", "pending approval requests"),
        ("mode", "show the access mode; admins: mode privileged, mode reader"),
        ("role <user-id> <role>", "admins: give a user a role (reader, operator, approver, admin, auditor, alerts; none clears); the user id is what whoami shows"),
        ("remember <fact>", "keep a private memory; 'remember for the team <fact>' shares it (admins and operators)"),
        ("forget <id or text>", "delete one of your memories (admins: also team memories)"),
        ("memories", "your memories and the team's"),
        ("search <query>", "the best passages of the knowledge documents (runbooks, post-mortems)"),
        ("whoami", "your identity and roles"),
        ("export my data", "everything SreBot keeps about you, as a JSON export you fetch from the API"),
        ("forget me", "erase everything SreBot keeps about you (asks for confirmation first)"),
    ];

    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Help];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
        => await turn.SendCardAsync(cards.Help(Commands, llm.Value.IsConfigured, llm.Value.IsConfigured ? llm.Value.Describe() : null), "help", cancellationToken);
}
