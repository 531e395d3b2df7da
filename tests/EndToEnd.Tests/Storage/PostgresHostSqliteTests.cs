using System.Net;
using System.Net.Http.Json;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Storage;

/// <summary>Issue 15: with <c>Storage:Database:Kind</c> = PostgreSQL nothing is written to SQLite: no database file appears in the data directory.</summary>
public sealed class PostgresHostSqliteTests
{
    [Fact]
    public async Task APostgreSqlHost_CreatesNoSqliteFile_AfterStartAndCalls()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var token = cancellation.Token;
        await using var replicas = await BotReplicas.StartAsync(1, null, token);
        var host = replicas[0];

        using var admin = await BotClients.ApiAsync(host, "ada", "admin", token);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/v1/agent/mode", new { mode = "Privileged" }, token)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/memories", new { text = "the pager rota is in the wiki", visibility = "private" }, token)).StatusCode);
        await using (var operatorClient = await BotClients.McpAsync(host, "olga", "operator", token))
        {
            await BotClients.RequestRestartAsync(operatorClient, token);
        }

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/audit/verify", token)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/me/export", token)).StatusCode);

        var sqliteFiles = Directory.EnumerateFiles(host.DataDirectory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".db", StringComparison.Ordinal) || f.Contains(".db-", StringComparison.Ordinal))
            .ToList();
        Assert.True(sqliteFiles.Count == 0, $"SQLite files in a PostgreSQL host's data directory: {string.Join(", ", sqliteFiles)}\n{host.Describe()}");
    }
}
