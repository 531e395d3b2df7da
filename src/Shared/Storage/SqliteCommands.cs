using Microsoft.Data.Sqlite;

namespace SreBot.Shared.Storage;

/// <summary>A <see cref="DbCommands"/> command typed for SQLite; execute it, or any statement, with <see cref="DbCommands.ExecuteAsync"/>.</summary>
public static class SqliteCommands
{
    public static SqliteCommand Command(this SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
        => (SqliteCommand)DbCommands.Command(connection, transaction, sql, parameters);
}
