namespace SreBot.Shared.Storage;

/// <summary>
/// Where the stores live (section <c>Storage:Database</c>): the SQLite file in the data directory (the default) or a
/// PostgreSQL server. The connection string never holds a password: on Azure the managed identity's Entra token is the
/// password (<see cref="EntraAuthentication"/>), locally trust/peer authentication or <c>PGPASSWORD</c>/<c>.pgpass</c>.
/// </summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Storage:Database";

    /// <summary>The Entra scope of Azure Database for PostgreSQL tokens.</summary>
    public const string EntraScope = "https://ossrdbms-aad.database.windows.net/.default";

    public DatabaseKind Kind { get; set; } = DatabaseKind.Sqlite;

    /// <summary>An Npgsql connection string without a password (only with <see cref="DatabaseKind.PostgreSql"/>).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Use the host's Azure identity (managed identity) and its Entra token as the password, refreshed before it expires.</summary>
    public bool EntraAuthentication { get; set; }
}
