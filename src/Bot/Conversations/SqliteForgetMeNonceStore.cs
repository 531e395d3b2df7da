using SreBot.Shared.Storage;

namespace SreBot.Bot.Conversations;

/// <summary>The <see cref="IForgetMeNonceStore"/> in SQLite: the nonce is the primary key, so one insert wins.</summary>
public sealed class SqliteForgetMeNonceStore(SqliteDatabase database) : IForgetMeNonceStore
{
    public async Task<bool> TryUseOnceAsync(string nonce, DateTimeOffset now, DateTimeOffset forgetUsedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            null, "DELETE FROM forget_me_used_nonces WHERE used_at < @cutoff", cancellationToken, ("@cutoff", forgetUsedBefore.ToUnixTimeSeconds()));
        var inserted = await connection.ExecuteAsync(
            null, "INSERT OR IGNORE INTO forget_me_used_nonces (nonce, used_at) VALUES (@nonce, @at)", cancellationToken, ("@nonce", nonce), ("@at", now.ToUnixTimeSeconds()));
        return inserted == 1;
    }
}
