using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Storage;

/// <summary>
/// The embedded database: one SQLite file in WAL mode under the data directory. Every connection it hands out
/// has <c>synchronous=FULL</c> (a commit is on disk when it returns), a busy timeout for writers in other
/// processes, foreign keys on, and <c>secure_delete</c> (deleted content is overwritten, so erased personal data does
/// not linger in free pages). As <see cref="IErasureFlush"/> it checkpoints the write-ahead log after an erasure.
/// </summary>
public sealed class SqliteDatabase : IErasureFlush
{
    public const string FileName = "srebot.db";

    private readonly string _connectionString;
    private readonly IReadOnlyList<StoreMigrations> _migrations;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;

    public SqliteDatabase(
        IOptions<SreBotOptions> options,
        IEnumerable<StoreMigrations> migrations,
        TimeProvider? time = null,
        ILogger<SqliteDatabase>? logger = null)
    {
        var directory = options.Value.ResolveDataDirectory();
        OwnerOnly.EnsureDirectory(directory);
        FilePath = Path.Combine(directory, FileName);
        CreateOwnerOnly(FilePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _migrations = [.. migrations.Where(m => m.Backend == StoreMigrations.Sqlite)];
        _time = time ?? TimeProvider.System;
        _logger = logger ?? NullLogger<SqliteDatabase>.Instance;
    }

    public string FilePath { get; }

    /// <summary>
    /// The database is created empty and owner-only before SQLite opens it: SQLite gives its <c>-wal</c> and <c>-shm</c>
    /// files the database file's mode. Files left by an older version are tightened.
    /// </summary>
    private static void CreateOwnerOnly(string path)
    {
        try
        {
            using (new FileStream(path, OwnerOnly.NewFile()))
            {
            }
        }
        catch (IOException) when (File.Exists(path))
        {
            // Already there (or created by another process just now).
        }

        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            OwnerOnly.RestrictFile(file);
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (SQLitePCL.raw.sqlite3_get_autocommit(connection.Handle) == 0)
            {
                // The pool hands connections on as their last user left them: one whose COMMIT was refused (busy) is still
                // inside that transaction. Roll it back rather than let this caller write into it (or fail on the pragmas).
                await using var rollback = connection.CreateCommand();
                rollback.CommandText = "ROLLBACK;";
                await rollback.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON; PRAGMA secure_delete=ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Switches the file to WAL and applies the missing migrations of every registered store, in order (see
    /// <see cref="SqliteMigrator"/>). Throws <see cref="SchemaMigrationException"/> when the file was written by a newer
    /// SreBot or an applied migration has changed.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var wal = connection.CreateCommand())
        {
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync(cancellationToken);
        }

        await new SqliteMigrator(connection, FilePath, _time, _logger).MigrateAsync(_migrations, cancellationToken);
    }

    /// <summary>Closes this database's idle pooled connections (and only this database's: other files' pools are left alone).</summary>
    public void ClearPool()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    /// <summary>Checkpoints (<c>TRUNCATE</c>) the write-ahead log, which may still hold images of the erased rows' pages.</summary>
    async Task IErasureFlush.FlushErasedAsync(CancellationToken cancellationToken) => await this.CheckpointAsync(cancellationToken);
}
