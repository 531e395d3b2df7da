using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared.Audit;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// The audit log over a SQLite data directory, as a host would build it, plus raw access to the database file for
/// tampering. Owns (and deletes) the directory unless one is passed in.
/// </summary>
internal sealed class SqliteAuditLogHost : AuditLogHostBase
{
    private readonly TemporaryDirectory? _ownedDirectory;
    private readonly Action<AuditOptions>? _configure;

    private SqliteAuditLogHost(ServiceProvider services, string dataDirectory, TemporaryDirectory? ownedDirectory, Action<AuditOptions>? configure)
        : base(services, dataDirectory)
    {
        _ownedDirectory = ownedDirectory;
        _configure = configure;
    }

    public SqliteDatabase Database => Services.GetRequiredService<SqliteDatabase>();

    protected override string WriteLockSql => "BEGIN EXCLUSIVE";

    protected override string DropTriggersSql => """
        DROP TRIGGER IF EXISTS audit_records_no_update;
        DROP TRIGGER IF EXISTS audit_records_delete_only_checkpointed;
        """;

    public static async Task<SqliteAuditLogHost> StartAsync(string? dataDirectory = null, Action<AuditOptions>? configure = null)
    {
        var owned = dataDirectory is null ? new TemporaryDirectory() : null;
        var directory = dataDirectory ?? owned!.Path;
        var provider = BuildServices(directory, services => services.AddSingleton<SqliteDatabase>(), configure);
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new SqliteAuditLogHost(provider, directory, owned, configure);
    }

    public override async Task<IAuditLogHost> StartReplicaAsync() => await StartAsync(DataDirectory, _configure);

    protected override async Task<DbConnection> OpenRawAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database.FilePath, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public override async ValueTask DisposeAsync()
    {
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            await Services.DisposeAsync();
            SqliteConnection.ClearPool(connection);
        }

        _ownedDirectory?.Dispose();
    }
}
