namespace SreBot.Bot.Conversations.Commands;

/// <summary>Commands about a person's own data answer only in their one-to-one chat, where no one else reads the answer.</summary>
internal static class PersonalChatOnly
{
    public const string Refusal = "Ask me that in your one-to-one chat with SreBot: the answer is about your own data.";

    public static bool IsPersonal(TurnContext turn)
        => string.Equals(turn.Conversation.ConversationType, "personal", StringComparison.OrdinalIgnoreCase);
}
