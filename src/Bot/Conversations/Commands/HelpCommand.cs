namespace SreBot.Bot.Conversations.Commands;

public sealed class HelpCommand(IChatCards cards) : IChatCommandHandler
{
    public static readonly IReadOnlyList<(string Command, string Description)> Commands =
    [
        ("investigate <resource>", "health, key metrics, recent errors and changes of a resource, with findings"),
        ("restart <resource> because <reason>", "ask for a restart; it runs once a different approver approves"),
        ("scale <resource> to <n> because <reason>", "ask for a new instance count; needs approval"),
        ("approvals", "pending approval requests"),
        ("mode", "show the access mode; admins: mode privileged, mode reader"),
        ("role <user-object-id> <role>", "admins: give a user a role (reader, operator, approver, admin, auditor; none clears)"),
        ("whoami", "your identity and roles"),
        ("export my data", "everything SreBot keeps about you, as a JSON export you fetch from the API"),
        ("forget me", "erase everything SreBot keeps about you (asks for confirmation first)"),
    ];

    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Help];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
        => await turn.SendCardAsync(cards.Help(Commands, llmConfigured: false), "help", cancellationToken);
}
