using Npgsql;

namespace SreBot.Testing;

/// <summary>
/// The PostgreSQL server the tests run against: the connection string in <c>SREBOT_TEST_POSTGRES</c>, which
/// <c>bash tests/run.sh</c> sets to a throwaway cluster it starts (tests/tools/postgres/cluster.sh). Without it the
/// PostgreSQL tests fail (never skip), saying how to get one. Each caller gets a fresh database of its own, dropped after.
/// </summary>
public static class TestPostgres
{
    public const string Variable = "SREBOT_TEST_POSTGRES";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: the PostgreSQL tests need a server. Run `bash tests/run.sh` (it starts a throwaway cluster), or start one with " +
                $"`eval \"$(bash tests/tools/postgres/cluster.sh start /tmp/srebot-pg)\"` and run dotnet test in that shell (README, Tests).");

    /// <summary>Creates an empty database with a unique name and returns its connection string.</summary>
    public static Task<string> CreateDatabaseAsync(CancellationToken cancellationToken) => CreateDatabaseAsync(ServerConnectionString, cancellationToken);

    /// <summary>The same on another server (e.g. a <see cref="PostgresCluster"/> of the caller's own).</summary>
    public static async Task<string> CreateDatabaseAsync(string serverConnectionString, CancellationToken cancellationToken)
    {
        var name = $"srebot_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(serverConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabaseAsync(CancellationToken)"/>, closing what still holds it.</summary>
    /// <param name="serverConnectionString">The server it was made on; null for the test server.</param>
    public static async Task DropDatabaseAsync(string connectionString, CancellationToken cancellationToken, string? serverConnectionString = null)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(serverConnectionString ?? ServerConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync(cancellationToken);
    }
}
