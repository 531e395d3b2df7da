using System.ComponentModel.DataAnnotations;

namespace SreBot.Shared.Audit;

/// <summary>Audit log settings (section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// How long an append waits for another writer (a second process, another replica) to release the audit write lock
    /// before it fails closed with <see cref="AuditUnavailableException"/>. On SQLite the driver retries in whole seconds,
    /// so the effective wait is rounded up to the next second; on PostgreSQL it is the batch transaction's <c>lock_timeout</c>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan WriteLockTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
