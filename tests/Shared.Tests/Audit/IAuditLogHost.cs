using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Audit;
using SreBot.Shared.Audit.Chain;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// The audit log over one backend's database, as a host builds it, plus raw access to that database as another process
/// or an attacker with database access would have: what the audit contracts run against (<see cref="SqliteAuditLogHost"/>,
/// <see cref="PostgresAuditLogHost"/>). SQL given to the raw methods is written to run on both backends.
/// </summary>
internal interface IAuditLogHost : IAsyncDisposable
{
    static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>This host's own clock, starting at <see cref="Start"/>.</summary>
    FakeTimeProvider Time { get; }

    IAuditLog Log { get; }

    IAuditActorEraser Eraser { get; }

    /// <summary>Where the audit key file lives.</summary>
    string DataDirectory { get; }

    /// <summary>Audit retention as registered, or with another chunk size.</summary>
    AuditRetention Retention(int? chunkSize = null);

    /// <summary>Another host over the same database and data directory (so the same key), with its own connections and clock: a second replica.</summary>
    Task<IAuditLogHost> StartReplicaAsync();

    Task ExecuteRawAsync(string sql);

    /// <summary>Runs SQL against the records as an attacker would, after removing the append-only triggers.</summary>
    Task TamperAsync(string sql);

    /// <summary>The first column of each row, as text (empty for null).</summary>
    Task<List<string>> ReadRawColumnAsync(string sql);

    /// <summary>Takes the audit write lock from another connection and holds it until disposed.</summary>
    Task<IAsyncDisposable> HoldWriteLockAsync();
}
