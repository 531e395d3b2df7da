namespace SreBot.Bot.Cards.Actions;

/// <summary>
/// <c>Action.Execute</c> (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/>
/// and <see cref="Data"/> to the bot and shows the card it returns. Data holds identifiers only, never text to act on.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    public const string TypeName = "Action.Execute";

    public ExecuteAction(string title, string verb, IReadOnlyDictionary<string, string>? data = null)
        : base(title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        Verb = verb;
        Data = data;
    }

    public string Verb { get; }

    public IReadOnlyDictionary<string, string>? Data { get; }
}
