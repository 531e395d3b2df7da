using SreBot.Testing;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// Several real Bot host processes on one PostgreSQL database, as replicas behind a load balancer run: each its own port
/// and its own data directory, the keys they must share given to all (<see cref="SharedKeys"/>). The database is a fresh
/// one on the test server (<see cref="TestPostgres"/>), or on a server the caller owns, and is dropped on dispose.
/// </summary>
public sealed class BotReplicas : IAsyncDisposable
{
    private readonly List<BotProcess> replicas = [];
    private readonly string? serverConnectionString;

    private BotReplicas(string connectionString, string? serverConnectionString)
    {
        ConnectionString = connectionString;
        this.serverConnectionString = serverConnectionString;
    }

    /// <summary>The database every replica uses (Npgsql syntax, no password).</summary>
    public string ConnectionString { get; }

    public IReadOnlyList<BotProcess> All => replicas;

    public BotProcess this[int index] => replicas[index];

    /// <summary>Creates a database and starts <paramref name="count"/> replicas on it at once; returns when all are ready.</summary>
    /// <param name="serverConnectionString">The server to create the database on; null for the test server (SREBOT_TEST_POSTGRES).</param>
    public static async Task<BotReplicas> StartAsync(
        int count, IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken, string? serverConnectionString = null)
    {
        var database = await TestPostgres.CreateDatabaseAsync(serverConnectionString ?? TestPostgres.ServerConnectionString, cancellationToken);
        var started = new BotReplicas(database, serverConnectionString);
        try
        {
            var keys = new SharedKeys();
            for (var i = 0; i < count; i++)
            {
                var dataDirectory = Directory.CreateTempSubdirectory($"srebot-replica{i}-").FullName;
                keys.ProvideTo(dataDirectory);
                started.replicas.Add(new BotProcess(dataDirectory, Settings(database, settings), ownsDataDirectory: true));
            }

            // Together, as replicas of one deployment start: they race to migrate the new database (one does, under its lock).
            await Task.WhenAll(started.replicas.Select(r => r.InitializeAsync()));

            return started;
        }
        catch
        {
            await started.DisposeAsync();
            throw;
        }
    }

    /// <summary>The configuration that makes a host a replica on <paramref name="connectionString"/>, plus the caller's.</summary>
    public static Dictionary<string, string?> Settings(string connectionString, IReadOnlyDictionary<string, string?>? extra)
    {
        var settings = new Dictionary<string, string?>(extra ?? new Dictionary<string, string?>())
        {
            ["Storage__Database__Kind"] = "PostgreSQL",
            ["Storage__Database__ConnectionString"] = connectionString,
        };
        return settings;
    }

    /// <summary>What every replica wrote to its output, for assertion messages.</summary>
    public string Describe() => string.Join("\n\n", replicas.Select((r, i) => $"--- replica {i} ---\n{r.Describe()}"));

    public async ValueTask DisposeAsync()
    {
        foreach (var replica in replicas)
        {
            await replica.DisposeAsync();
        }

        await TestPostgres.DropDatabaseAsync(ConnectionString, CancellationToken.None, serverConnectionString);
    }
}
