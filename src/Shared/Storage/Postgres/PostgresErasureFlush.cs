using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// The erasure flush on PostgreSQL. The stores have already rewritten the touched tables (<see cref="PostgresSecureDelete"/>),
/// so no table or index file holds the erased rows; what a <c>CHECKPOINT</c> adds is that the old files (truncated when
/// <c>VACUUM (FULL)</c> committed) are unlinked and the write-ahead log up to now becomes recyclable at once, rather
/// than at the server's next scheduled checkpoint (<c>checkpoint_timeout</c>, 5 minutes by default). It runs when the
/// role may (superuser, or <c>pg_checkpoint</c> from PostgreSQL 15); a managed server's ordinary admin role often may not,
/// and then the flush does nothing and the scheduled checkpoint does the same a few minutes later. What stays in the
/// log and in backups after that is said in docs/scale-out.md (Erasure on PostgreSQL).
/// </summary>
public sealed partial class PostgresErasureFlush(PostgresDatabase database, ILogger<PostgresErasureFlush>? logger = null) : IErasureFlush
{
    private readonly ILogger _logger = logger ?? NullLogger<PostgresErasureFlush>.Instance;

    public async Task FlushErasedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await connection.ExecuteAsync(null, "CHECKPOINT", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege)
        {
            LogCheckpointNotPermitted(_logger);
        }
    }

    [LoggerMessage(Level = LogLevel.Information,
        Message = "After an erasure: this database role may not run CHECKPOINT, so the server's next scheduled checkpoint makes the old write-ahead log recyclable.")]
    private static partial void LogCheckpointNotPermitted(ILogger logger);
}
