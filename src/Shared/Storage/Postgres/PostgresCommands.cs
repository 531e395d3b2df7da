using Npgsql;

namespace SreBot.Shared.Storage.Postgres;

/// <summary>A <see cref="DbCommands"/> command typed for PostgreSQL (the twin of <see cref="SqliteCommands"/>); execute it, or any statement, with <see cref="DbCommands.ExecuteAsync"/>.</summary>
public static class PostgresCommands
{
    public static NpgsqlCommand Command(this NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
        => (NpgsqlCommand)DbCommands.Command(connection, transaction, sql, parameters);
}
