using System.ComponentModel.DataAnnotations;

namespace SreBot.Shared.Audit;

/// <summary>Audit log settings (section <c>Audit</c>).</summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>
    /// How long an append waits for another writer (for example a second process) to release the database before
    /// it fails closed with <see cref="AuditUnavailableException"/>. The SQLite driver retries in whole seconds, so
    /// the effective wait is rounded up to the next second.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan WriteLockTimeout { get; set; } = TimeSpan.FromSeconds(5);
}
