using Microsoft.Extensions.Options;
using SreBot.Bot.Agent;
using SreBot.Bot.Cards.Templates;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>help</c>: a card with the commands the caller's roles allow, and which role unlocks the others.</summary>
public sealed class HelpCommand(ChatCards cards, IOptions<LlmOptions> llm) : IChatCommandHandler
{
    private static readonly string[] Anyone = [];
    private static readonly string[] Operators = [Roles.Operator];
    private static readonly string[] Admins = [Roles.Admin];

    /// <summary>Every command with the roles it needs (the same checks the engine makes when it runs).</summary>
    public static readonly IReadOnlyList<CommandHelp> Commands =
    [
        new(ChatCommand.Investigate, "investigate <resource>", "health, key metrics, recent errors and changes of a resource, with a verdict and the fix as a button", [.. Roles.Investigators]),
        new(ChatCommand.Restart, "restart <resource> because <reason>", "ask for a restart; it runs once a different approver approves", Operators),
        new(ChatCommand.Scale, "scale <resource> to <n> because <reason>", "ask for a new instance count; needs approval", Operators),
        new(ChatCommand.Approvals, "approvals", "pending approval requests (approvers decide them on the card)", Anyone),
        new(ChatCommand.Mode, "mode", "show the access mode and resource groups", Anyone),
        new("mode privileged", "mode privileged | mode reader", "change the access mode", Admins),
        new(ChatCommand.Role, "role <user-id> <role>", "give a user a role (reader, operator, approver, admin, auditor, alerts; none clears); the user id is what whoami shows", Admins),
        new(ChatCommand.Remember, "remember <fact>", "keep a private memory", Anyone),
        new("remember for the team", "remember for the team <fact>", "keep a memory the whole team sees", [Roles.Admin, Roles.Operator]),
        new(ChatCommand.Forget, "forget <id or text>", "delete one of your memories (admins: also team memories)", Anyone),
        new(ChatCommand.Memories, "memories", "your memories and the team's", Anyone),
        new(ChatCommand.Search, "search <query>", "the best passages of the knowledge documents (runbooks, post-mortems)", [.. Roles.Investigators]),
        new(ChatCommand.WhoAmI, "whoami", "your identity and roles", Anyone),
        new(ChatCommand.ExportMyData, "export my data", "everything SreBot keeps about you, as a JSON export you fetch from the API", Anyone),
        new(ChatCommand.ForgetMe, "forget me", "erase everything SreBot keeps about you (asks for confirmation first)", Anyone),
        new(ChatCommand.Help, "help", "this card", Anyone),
    ];

    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Help];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
        => await turn.SendCardAsync(
            cards.Help(Commands, caller.Identity.Roles, llm.Value.IsConfigured, llm.Value.IsConfigured ? llm.Value.Describe() : null), "help", cancellationToken);
}
