namespace SreBot.Bot.Cards.Elements;

/// <summary>Text colour from the host's theme. Serialised in camelCase.</summary>
public enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
