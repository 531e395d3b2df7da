using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Storage.Postgres;

/// <summary>
/// Whether every store this host registers is built for PostgreSQL: a store is built when its PostgreSQL migrations (and,
/// with them, its PostgreSQL class) exist. Every store of SreBot is; a store added later without its PostgreSQL twin stops
/// a PostgreSQL start with a plain message naming it, rather than running half the data on a server and half nowhere.
/// </summary>
public static class PostgresReadiness
{
    /// <summary>The registered stores without PostgreSQL migrations, in registration order.</summary>
    public static IReadOnlyList<string> StoresNotBuilt(IEnumerable<StoreMigrations> registered)
    {
        var all = registered.ToArray();
        var built = all.Where(m => m.Backend == StoreMigrations.PostgreSql).Select(m => m.Store).ToHashSet(StringComparer.Ordinal);
        return [.. all.Where(m => m.Backend == StoreMigrations.Sqlite && !built.Contains(m.Store)).Select(m => m.Store).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Throws <see cref="DatabaseNotSupportedException"/> when some registered store is not built for PostgreSQL.</summary>
    public static void EnsureComplete(IEnumerable<StoreMigrations> registered)
    {
        if (Refusal(registered) is { } reason)
        {
            throw new DatabaseNotSupportedException(reason);
        }
    }

    /// <summary>Why a start on PostgreSQL is refused (the stores not built, named), or null when every store is built.</summary>
    public static string? Refusal(IEnumerable<StoreMigrations> registered)
    {
        var missing = StoresNotBuilt(registered);
        return missing.Count == 0
            ? null
            : "Storage:Database:Kind is PostgreSQL, but these stores are not built for PostgreSQL yet (they have no PostgreSQL schema): " +
              $"{string.Join(", ", missing)}. Every store needs both backends (docs/scale-out.md); set Storage:Database:Kind to Sqlite (the default) to run without them.";
    }
}
