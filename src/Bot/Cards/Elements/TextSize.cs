namespace SreBot.Bot.Cards.Elements;

/// <summary>Text size. Serialised in camelCase.</summary>
public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}
