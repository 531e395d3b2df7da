using SreBot.Shared.Privacy;

namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// The erasure flush on PostgreSQL: nothing left to do. Every PostgreSQL erasure already rewrote the tables it touched
/// before it returned (<see cref="PostgresSecureDelete"/>), and a <c>CHECKPOINT</c> is the server's business (it needs a
/// role a managed server does not grant). What stays in the write-ahead log and backups is in docs/scale-out.md.
/// </summary>
public sealed class PostgresErasureFlush : IErasureFlush
{
    public Task FlushErasedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
