using System.Data.Common;
using Microsoft.Data.Sqlite;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Incidents;

/// <summary>The incidents on SQLite: a recording runs in an immediate transaction, so SQLite's one writer applies alerts one at a time.</summary>
internal sealed class SqliteIncidentStore(SqliteDatabase database) : DbIncidentStore
{
    protected override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => await database.OpenAsync(cancellationToken);

    protected override Task<DbTransaction> BeginRecordingAsync(DbConnection connection, CancellationToken cancellationToken)
        => Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    protected override object WriteTime(DateTimeOffset value) => SqliteTime.Write(value);

    protected override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => SqliteTime.Read(reader.GetString(ordinal));
}
