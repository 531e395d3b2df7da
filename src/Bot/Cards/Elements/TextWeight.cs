namespace SreBot.Bot.Cards.Elements;

/// <summary>Text weight. Serialised in camelCase.</summary>
public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}
