namespace SreBot.Bot.Cards.Elements;

/// <summary>Space above an element. Serialised in camelCase.</summary>
public enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
