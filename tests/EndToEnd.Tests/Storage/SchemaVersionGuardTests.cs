using Microsoft.Data.Sqlite;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Storage;

/// <summary>A data directory written by a newer SreBot (a schema version this binary does not know): the process refuses to start.</summary>
public sealed class SchemaVersionGuardTests
{
    [Fact]
    public async Task ADatabaseNewerThanTheBinary_ExitsNonZero_NamingTheVersions()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-schema-").FullName;
        try
        {
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(dataDirectory, "srebot.db")};Pooling=False"))
            {
                await connection.OpenAsync(CancellationToken.None);
                await using var command = connection.CreateCommand();
                command.CommandText = """
                    CREATE TABLE schema_migrations (store TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL, PRIMARY KEY (store, version));
                    INSERT INTO schema_migrations VALUES ('approvals', 42, 'future', '00', '2030-01-01T00:00:00.0000000Z');
                    """;
                await command.ExecuteNonQueryAsync(CancellationToken.None);
            }

            var result = await ProcessRunner.RunAsync(
                ToolPaths.DotnetHost,
                [ToolPaths.BotDll, "--urls", $"http://127.0.0.1:{LoopbackPort.Next()}"],
                TimeSpan.FromSeconds(60),
                new Dictionary<string, string?> { ["SreBot__DataDirectory"] = dataDirectory, ["ASPNETCORE_URLS"] = null },
                Path.GetDirectoryName(ToolPaths.BotDll),
                CancellationToken.None);

            Assert.False(result.TimedOut, $"the host kept running:\n{result.Description}");
            Assert.Equal(1, result.ExitCode);
            Assert.Contains("'approvals' schema at version 42", result.CombinedOutput, StringComparison.Ordinal);
            Assert.Contains("versions up to 2", result.CombinedOutput, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
