namespace SreBot.Bot.Cards.Elements;

/// <summary>Background style of a container or column. Serialised in camelCase.</summary>
public enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
