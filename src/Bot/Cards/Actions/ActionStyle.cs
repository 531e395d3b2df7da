namespace SreBot.Bot.Cards.Actions;

/// <summary>How a button is emphasised. Serialised in camelCase.</summary>
public enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
