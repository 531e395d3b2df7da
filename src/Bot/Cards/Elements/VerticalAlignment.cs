namespace SreBot.Bot.Cards.Elements;

/// <summary>Vertical alignment of a column's content. Serialised in camelCase.</summary>
public enum VerticalAlignment
{
    Top,
    Center,
    Bottom,
}
