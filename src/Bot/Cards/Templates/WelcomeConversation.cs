namespace SreBot.Bot.Cards.Templates;

/// <summary>Where SreBot was installed, for the welcome card's wording.</summary>
public enum WelcomeConversation
{
    Personal,
    GroupChat,
    Team,
}
