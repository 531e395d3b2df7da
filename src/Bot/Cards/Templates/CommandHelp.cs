namespace SreBot.Bot.Cards.Templates;

/// <summary>One line of the help card.</summary>
/// <param name="Name">Short name, e.g. <c>restart</c>, used where the card says which role unlocks it.</param>
/// <param name="Usage">How to type it, e.g. <c>restart &lt;resource&gt; because &lt;reason&gt;</c>.</param>
/// <param name="Roles">The roles of which the caller needs one; empty for a command anyone may use.</param>
public sealed record CommandHelp(string Name, string Usage, string Description, IReadOnlyList<string> Roles)
{
    public bool AllowedFor(IReadOnlySet<string> callerRoles)
    {
        ArgumentNullException.ThrowIfNull(callerRoles);
        return Roles.Count == 0 || Roles.Any(callerRoles.Contains);
    }
}
