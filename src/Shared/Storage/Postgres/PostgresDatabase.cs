using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// The server database: one <see cref="NpgsqlDataSource"/> (a connection pool) over <c>Storage:Database:ConnectionString</c>,
/// shared by every replica. With <see cref="DatabaseOptions.EntraAuthentication"/> the password is the host identity's Entra
/// token for <see cref="DatabaseOptions.EntraScope"/>, fetched by Npgsql's periodic password provider before the last one
/// expires; otherwise the connection authenticates as libpq would (trust/peer, <c>PGPASSWORD</c>, <c>.pgpass</c>).
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    private static readonly TimeSpan TokenRefresh = TimeSpan.FromMinutes(45);
    private static readonly TimeSpan TokenRetry = TimeSpan.FromSeconds(10);

    private readonly NpgsqlDataSource _dataSource;
    private readonly IReadOnlyList<StoreMigrations> _migrations;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public PostgresDatabase(
        IOptions<DatabaseOptions> options,
        IEnumerable<StoreMigrations> migrations,
        TimeProvider? time = null,
        ILogger<PostgresDatabase>? logger = null,
        TokenCredential? credential = null)
    {
        var settings = options.Value;
        var builder = new NpgsqlDataSourceBuilder(settings.ConnectionString);
        if (settings.EntraAuthentication)
        {
            var identity = credential ?? new DefaultAzureCredential();
            builder.UsePeriodicPasswordProvider(
                async (_, cancellationToken) => (await identity.GetTokenAsync(new TokenRequestContext([DatabaseOptions.EntraScope]), cancellationToken)).Token,
                TokenRefresh,
                TokenRetry);
        }

        _dataSource = builder.Build();
        Name = $"{builder.ConnectionStringBuilder.Database ?? "(default)"} on {builder.ConnectionStringBuilder.Host}";
        _migrations = [.. migrations.Where(m => m.Backend == StoreMigrations.PostgreSql)];
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<PostgresDatabase>.Instance;
    }

    /// <summary>The database and host, for messages (never the connection string).</summary>
    public string Name { get; }

    /// <summary>Where what the database's helpers (<see cref="PostgresSecureDelete"/>) have to say is logged.</summary>
    internal ILogger Logger => _logger;

    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken) => await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>
    /// Applies the missing migrations of every registered store (see <see cref="PostgresMigrator"/>). Throws
    /// <see cref="SchemaMigrationException"/> when the database was written by a newer SreBot or an applied migration has changed.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await new PostgresMigrator(connection, Name, _time, _logger).MigrateAsync(_migrations, cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
