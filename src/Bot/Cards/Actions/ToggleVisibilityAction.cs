namespace SreBot.Bot.Cards.Actions;

/// <summary><c>Action.ToggleVisibility</c>: shows or hides the body elements with the given ids, in the client, without a round trip.</summary>
public sealed record ToggleVisibilityAction : CardAction
{
    public const string TypeName = "Action.ToggleVisibility";

    public ToggleVisibilityAction(string title, IReadOnlyList<string> targetElements)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(targetElements);
        ArgumentOutOfRangeException.ThrowIfZero(targetElements.Count);
        TargetElements = targetElements;
    }

    public IReadOnlyList<string> TargetElements { get; }
}
