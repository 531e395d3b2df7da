namespace SreBot.Bot.Cards.Templates;

/// <summary>The <c>Action.Execute</c> verbs of the "forget me" confirmation card and the data keys they carry.</summary>
public static class ForgetMeVerbs
{
    public const string Confirm = "forgetme.confirm";
    public const string Cancel = "forgetme.cancel";

    /// <summary>A hash of the user the card was made for: only that user's click counts.</summary>
    public const string SubjectKey = "subject";

    /// <summary>When the card was made (Unix seconds): an old card no longer erases anything.</summary>
    public const string IssuedAtKey = "issuedAt";

    public static bool IsForgetMe(string verb) => verb is Confirm or Cancel;
}
