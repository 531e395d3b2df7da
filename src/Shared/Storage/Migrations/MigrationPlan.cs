namespace SreBot.Shared.Storage.Migrations;

/// <summary>
/// What a start must do to one store, whatever the backend: given the store's migrations and the rows its database has
/// recorded, the migrations still to apply (in order), or a refusal when the database is newer than this binary or an
/// applied migration has changed since.
/// </summary>
public static class MigrationPlan
{
    public static IReadOnlyList<Migration> Pending(StoreMigrations store, IReadOnlyCollection<AppliedMigration> applied, string databaseName)
    {
        var newest = applied.Count == 0 ? 0 : applied.Max(a => a.Version);
        if (newest > store.Latest)
        {
            throw new SchemaMigrationException(
                $"The database {databaseName} has the '{store.Store}' schema at version {newest}, but this SreBot knows only versions up to {store.Latest}: " +
                "it was written by a newer SreBot. Run that version (or a newer one) on this data directory, or restore a backup taken before the upgrade.");
        }

        foreach (var row in applied)
        {
            if (row.Version < 1)
            {
                throw new SchemaMigrationException($"The database {databaseName} records a '{store.Store}' migration with version {row.Version}; versions start at 1.");
            }

            var known = store.Migrations[row.Version - 1];
            if (!string.Equals(known.Checksum, row.Checksum, StringComparison.Ordinal))
            {
                throw new SchemaMigrationException(
                    $"The '{store.Store}' migration {known.Label} was applied to the database {databaseName} on {row.AppliedAt:u} with checksum {row.Checksum}, " +
                    $"but this SreBot's copy has checksum {known.Checksum}: a shipped migration was edited. Restore the original migration and add the change as a new one.");
            }
        }

        var done = applied.Select(a => a.Version).ToHashSet();
        return [.. store.Migrations.Where(m => !done.Contains(m.Version))];
    }
}
