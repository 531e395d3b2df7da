namespace SreBot.Bot.Conversations;

/// <summary>
/// The namespace of chat users in local mode (no <c>Bot:AppId</c>), where nothing proves who sent an activity: the
/// SreBot user id is <c>local:</c> and the claimed <c>from.aadObjectId</c>. Token users never contain a colon (the
/// <c>token</c> command refuses it, Entra object ids are GUIDs), so a local chat user can never be a token user, share
/// their role rows or match <c>Bot:Admins</c>.
/// </summary>
public static class LocalChatUsers
{
    public const string Prefix = "local:";

    /// <summary>Longest accepted claimed id; longer claims are no identity (role ids are at most 128 characters).</summary>
    public const int MaxClaimedIdLength = 128 - 6;

    public static string IdFor(string aadObjectId) => Prefix + aadObjectId;
}
