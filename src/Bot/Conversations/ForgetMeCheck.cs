namespace SreBot.Bot.Conversations;

/// <summary>What a "forget me" confirmation is worth when clicked.</summary>
public enum ForgetMeCheck
{
    /// <summary>Made by SreBot for this user in this one-to-one chat, recent, and not used before: it is used now.</summary>
    Valid,

    /// <summary>Not made by SreBot for this user in this chat (forged, another user's, another chat's).</summary>
    NotForYou,

    /// <summary>Older than <see cref="ForgetMeConfirmations.MaxAge"/>.</summary>
    TooOld,

    /// <summary>Used before: a confirmation counts once.</summary>
    AlreadyUsed,
}
