using System.Data.Common;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;

namespace SreBot.Shared.Incidents;

/// <summary>
/// The incidents on PostgreSQL: a recording first takes a transaction-scoped advisory lock, so replicas receiving alerts at
/// once apply them one at a time and two never start an incident for the same alert or resource.
/// </summary>
internal sealed class PostgresIncidentStore(PostgresDatabase database) : DbIncidentStore
{
    /// <summary>The advisory lock key of incident recording (any constant no other lock uses).</summary>
    private const long RecordingLock = 0x5EB0_171C;

    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);

    protected override async Task<DbTransaction> BeginRecordingAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(transaction, "SELECT pg_advisory_xact_lock(@key)", cancellationToken, ("key", RecordingLock));
        return transaction;
    }

    protected override object WriteTime(DateTimeOffset value) => value.ToUniversalTime();

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);
}
