namespace SreBot.Bot.Cards.Templates;

/// <summary>The <c>Action.Execute</c> verbs of the "forget me" confirmation card and the data keys they carry.</summary>
public static class ForgetMeVerbs
{
    public const string Confirm = "forgetme.confirm";
    public const string Cancel = "forgetme.cancel";

    /// <summary>When the card was made (Unix seconds): an old card no longer erases anything.</summary>
    public const string IssuedAtKey = "issuedAt";

    /// <summary>A random value that makes the confirmation single-use.</summary>
    public const string NonceKey = "nonce";

    /// <summary>SreBot's MAC over the user, the chat, the time and the nonce: only that user's click in that chat counts.</summary>
    public const string MacKey = "mac";

    public static bool IsForgetMe(string verb) => verb is Confirm or Cancel;
}
