using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Leases;

/// <summary>
/// The leases as rows of <c>retention_lease</c> on PostgreSQL. Taking one is a single <c>INSERT … ON CONFLICT DO UPDATE … WHERE</c>:
/// the row lock it takes makes two replicas racing for a free or expired lease see one winner. Expiry is judged on the
/// injected clock, as on SQLite, never on the server's.
/// </summary>
internal sealed class PostgresLeaseStore(PostgresDatabase database, TimeProvider time) : ILeaseStore
{
    public async Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, """
            INSERT INTO retention_lease (name, holder, expires_at) VALUES (@name, @holder, @until)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE retention_lease.expires_at <= @now
            """, cancellationToken,
            ("name", name), ("holder", holder), ("until", until.ToUniversalTime()), ("now", time.GetUtcNow())) == 1;
    }

    public async Task<bool> TryExtendAsync(string name, string holder, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "UPDATE retention_lease SET expires_at = @until WHERE name = @name AND holder = @holder",
            cancellationToken, ("name", name), ("holder", holder), ("until", until.ToUniversalTime())) == 1;
    }

    public async Task<bool> ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(null, "DELETE FROM retention_lease WHERE name = @name AND holder = @holder",
            cancellationToken, ("name", name), ("holder", holder)) == 1;
    }
}
