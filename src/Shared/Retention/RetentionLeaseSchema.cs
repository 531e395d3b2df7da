using SreBot.Shared.Storage;

namespace SreBot.Shared.Retention;

/// <summary>One row per lease: who holds it and until when (see <see cref="RetentionLease"/>).</summary>
internal sealed class RetentionLeaseSchema : ISqliteSchema
{
    public string Name => "retention";

    public string CreateScript => """
        CREATE TABLE IF NOT EXISTS retention_lease (
            name TEXT PRIMARY KEY,
            holder TEXT NOT NULL,
            expires_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """;
}
