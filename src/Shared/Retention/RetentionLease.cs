using SreBot.Shared.Storage;

namespace SreBot.Shared.Retention;

/// <summary>
/// A lease in the database, so that of several replicas only one runs a retention pass at a time. Taking it is one
/// conditional statement (free, or expired on the injected clock); a holder that crashes loses it when it expires.
/// </summary>
public sealed class RetentionLease(SqliteDatabase database, TimeProvider time)
{
    private const string Name = "retention-pass";

    /// <summary>Takes the lease until <paramref name="until"/> when nobody holds an unexpired one.</summary>
    public async Task<bool> TryAcquireAsync(string holder, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            INSERT INTO retention_lease (name, holder, expires_at) VALUES ($name, $holder, $until)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE retention_lease.expires_at <= $now
            """, cancellationToken,
            ("$name", Name), ("$holder", holder), ("$until", SqliteTime.Write(until)), ("$now", SqliteTime.Write(time.GetUtcNow()))) == 1;
    }

    /// <summary>Moves the expiry of a lease this holder still has; false when it has passed to someone else.</summary>
    public async Task<bool> TryExtendAsync(string holder, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "UPDATE retention_lease SET expires_at = $until WHERE name = $name AND holder = $holder",
            cancellationToken, ("$name", Name), ("$holder", holder), ("$until", SqliteTime.Write(until))) == 1;
    }
}
