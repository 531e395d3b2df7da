namespace SreBot.Shared.Storage;

/// <summary>Which database holds the stores (<c>Storage:Database:Kind</c>).</summary>
public enum DatabaseKind
{
    /// <summary>One SQLite file in the data directory: one machine (the default).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several replicas (see docs/scale-out.md).</summary>
    PostgreSql,
}
