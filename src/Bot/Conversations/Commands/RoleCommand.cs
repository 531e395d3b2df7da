using SreBot.Shared.Identity;

namespace SreBot.Bot.Conversations.Commands;

/// <summary><c>role &lt;user-object-id&gt; &lt;role&gt;</c> adds a local role (admins; checked by the engine); <c>none</c> removes them all.</summary>
public sealed class RoleCommand(RoleAdministration administration, ILocalRoleStore roles) : IChatCommandHandler
{
    public IReadOnlyCollection<string> Names { get; } = [ChatCommand.Role];

    public async Task HandleAsync(TurnContext turn, ChatCaller caller, ChatCommand command, CancellationToken cancellationToken)
    {
        var user = command.Target!;
        var current = await roles.GetRolesAsync(user, cancellationToken);
        IReadOnlyCollection<string> wanted = command.Argument == "none" ? [] : [.. current, command.Argument!];
        var refusal = await administration.SetRolesAsync(caller.Identity, user, wanted, cancellationToken);
        await turn.SendTextAsync(
            refusal ?? $"{user} now has the roles: {(wanted.Count == 0 ? "none" : string.Join(", ", wanted.Distinct().Order(StringComparer.Ordinal)))}.",
            cancellationToken);
    }
}
