namespace SreBot.Bot.Cards.Elements;

/// <summary>Font family. Serialised in camelCase.</summary>
public enum FontType
{
    Default,
    Monospace,
}
