using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Bot.Conversations;

/// <summary>
/// The <see cref="IForgetMeNonceStore"/> on PostgreSQL: the nonce is the primary key and the insert does nothing on a
/// conflict, so of any number of uses on any number of replicas exactly one inserts a row (rows affected = who won).
/// </summary>
public sealed class PostgresForgetMeNonceStore(PostgresDatabase database) : IForgetMeNonceStore
{
    public async Task<bool> TryUseOnceAsync(string nonce, DateTimeOffset now, DateTimeOffset forgetUsedBefore, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            null, "DELETE FROM forget_me_used_nonces WHERE used_at < @cutoff", cancellationToken, ("cutoff", forgetUsedBefore.ToUniversalTime()));
        var inserted = await connection.ExecuteAsync(
            null, "INSERT INTO forget_me_used_nonces (nonce, used_at) VALUES (@nonce, @at) ON CONFLICT (nonce) DO NOTHING",
            cancellationToken, ("nonce", nonce), ("at", now.ToUniversalTime()));
        return inserted == 1;
    }
}
