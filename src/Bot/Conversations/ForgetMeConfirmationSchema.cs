using SreBot.Shared.Storage;

namespace SreBot.Bot.Conversations;

/// <summary>The nonces of "forget me" confirmations already used (a replay is refused). No user id is kept.</summary>
public sealed class ForgetMeConfirmationSchema : ISqliteSchema
{
    public string Name => "forget-me";

    public string CreateScript => """
        CREATE TABLE IF NOT EXISTS forget_me_used_nonces (
            nonce TEXT PRIMARY KEY,
            used_at INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;
}
