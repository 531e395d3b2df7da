using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Audit;
using SreBot.Shared.Audit.Sqlite;
using SreBot.Shared.Retention;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// A service provider with the SQLite audit log over a data directory, as a host would build it, plus raw access to
/// the database file for tampering. Owns (and deletes) the directory unless one is passed in.
/// </summary>
internal sealed class AuditLogHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly TemporaryDirectory? _ownedDirectory;

    private AuditLogHost(ServiceProvider services, string dataDirectory, TemporaryDirectory? ownedDirectory)
    {
        _services = services;
        _ownedDirectory = ownedDirectory;
        DataDirectory = dataDirectory;
    }

    public string DataDirectory { get; }

    public FakeTimeProvider Time => _services.GetRequiredService<FakeTimeProvider>();

    public IAuditLog Log => _services.GetRequiredService<IAuditLog>();

    public IAuditActorEraser Eraser => _services.GetRequiredService<IAuditActorEraser>();

    public SqliteDatabase Database => _services.GetRequiredService<SqliteDatabase>();

    /// <summary>Audit retention as registered, or with another chunk size.</summary>
    public SqliteAuditRetention Retention(int? chunkSize = null)
    {
        var registered = _services.GetServices<IRetainedData>().OfType<SqliteAuditRetention>().Single();
        return chunkSize is { } size
            ? new SqliteAuditRetention(Database, _services.GetRequiredService<AuditKeyring>(), Time) { ChunkSize = size }
            : registered;
    }

    public static async Task<AuditLogHost> StartAsync(string? dataDirectory = null, Action<AuditOptions>? configure = null)
    {
        var owned = dataDirectory is null ? new TemporaryDirectory() : null;
        var directory = dataDirectory ?? owned!.Path;
        var services = new ServiceCollection();
        services.AddSingleton(new FakeTimeProvider(Start));
        services.AddSingleton<TimeProvider>(provider => provider.GetRequiredService<FakeTimeProvider>());
        services.AddSingleton<SqliteDatabase>();
        services.Configure<SreBotOptions>(options => options.DataDirectory = directory);
        services.AddAudit();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new AuditLogHost(provider, directory, owned);
    }

    /// <summary>A connection of its own (not pooled), as another process or an attacker with file access would have.</summary>
    public async Task<SqliteConnection> OpenRawConnectionAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = Database.FilePath,
            Pooling = false,
        }.ToString());
        await connection.OpenAsync();
        return connection;
    }

    public async Task ExecuteRawAsync(string sql)
    {
        await using var connection = await OpenRawConnectionAsync();
        await ExecuteAsync(connection, sql);
    }

    /// <summary>Takes the database's write lock from another connection; disposing the connection releases it.</summary>
    public async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = await OpenRawConnectionAsync();
        await ExecuteAsync(connection, "BEGIN EXCLUSIVE");
        return connection;
    }

    /// <summary>Runs SQL against the records as an attacker would, after removing the append-only triggers.</summary>
    public Task TamperAsync(string sql) => ExecuteRawAsync($"""
        DROP TRIGGER IF EXISTS audit_records_no_update;
        DROP TRIGGER IF EXISTS audit_records_delete_only_checkpointed;
        {sql}
        """);

    public async Task<List<string>> ReadRawColumnAsync(string sql)
    {
        await using var connection = await OpenRawConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.IsDBNull(0) ? string.Empty : reader.GetString(0));
        }

        return values;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await using (var connection = await Database.OpenAsync(CancellationToken.None))
        {
            await _services.DisposeAsync();
            SqliteConnection.ClearPool(connection);
        }

        _ownedDirectory?.Dispose();
    }
}
