namespace SreBot.Bot.Activities;

/// <summary>Activity types of the Bot Framework activity protocol that SreBot acts on or sends; others are answered 200 and ignored.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";

    /// <summary>The invoke name Teams uses for Adaptive Card <c>Action.Execute</c> (Universal Actions).</summary>
    public const string AdaptiveCardAction = "adaptiveCard/action";
}
