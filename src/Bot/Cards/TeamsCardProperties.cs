namespace SreBot.Bot.Cards;

/// <summary>The card's <c>msteams</c> property; <see cref="FullWidth"/> lets the card use the whole message width.</summary>
public sealed record TeamsCardProperties(string Width)
{
    public static TeamsCardProperties FullWidth { get; } = new("Full");
}
