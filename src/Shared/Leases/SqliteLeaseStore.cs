using SreBot.Shared.Storage;

namespace SreBot.Shared.Leases;

/// <summary>The leases as rows of <c>retention_lease</c> (one per name: holder and expiry).</summary>
internal sealed class SqliteLeaseStore(SqliteDatabase database, TimeProvider time) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            INSERT INTO retention_lease (name, holder, expires_at) VALUES ($name, $holder, $until)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE retention_lease.expires_at <= $now
            """, cancellationToken,
            ("$name", name), ("$holder", holder), ("$until", SqliteTime.Write(until)), ("$now", SqliteTime.Write(time.GetUtcNow()))) == 1;
    }

    public async Task<bool> TryExtendAsync(string name, string holder, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "UPDATE retention_lease SET expires_at = $until WHERE name = $name AND holder = $holder",
            cancellationToken, ("$name", name), ("$holder", holder), ("$until", SqliteTime.Write(until))) == 1;
    }

    public async Task<bool> ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM retention_lease WHERE name = $name AND holder = $holder",
            cancellationToken, ("$name", name), ("$holder", holder)) == 1;
    }
}
