using SreBot.Testing;

namespace SreBot.Bench;

/// <summary>
/// The subject on PostgreSQL (<c>--database postgres</c>): the server in <c>SREBOT_BENCH_POSTGRES</c> (an Npgsql connection
/// string, no password), else a throwaway cluster of the bench's own (tests/tools/postgres/cluster.sh, stopped and removed
/// on dispose). Each measurement gets a fresh database, dropped after.
/// </summary>
public sealed class PostgresSubject : IAsyncDisposable
{
    public const string Variable = "SREBOT_BENCH_POSTGRES";

    private readonly PostgresCluster? _cluster;

    private PostgresSubject(string server, PostgresCluster? cluster)
    {
        Server = server;
        _cluster = cluster;
    }

    /// <summary>Where the databases are made.</summary>
    public string Server { get; }

    public static async Task<PostgresSubject> StartAsync(CancellationToken cancellationToken)
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server)
        {
            return new PostgresSubject(server, null);
        }

        try
        {
            var cluster = await PostgresCluster.StartAsync(cancellationToken);
            return new PostgresSubject(cluster.ConnectionString, cluster);
        }
        catch (InvalidOperationException exception)
        {
            throw new SetupException($"no PostgreSQL: set {Variable} or install Debian's postgresql for cluster.sh ({exception.Message.Trim()})");
        }
    }

    /// <summary>Starts <paramref name="replicas"/> Bots on a fresh database (sharing one data directory, so one token), runs the load across them.</summary>
    public async Task<LatencyStats> MeasureAsync(int replicas, BenchOptions options, CancellationToken cancellationToken)
    {
        var database = await TestPostgres.CreateDatabaseAsync(Server, cancellationToken);
        var bots = new List<BotProcess>();
        try
        {
            var environment = new Dictionary<string, string>
            {
                ["Storage__Database__Kind"] = "PostgreSQL",
                ["Storage__Database__ConnectionString"] = database,
            };
            for (var i = 0; i < replicas; i++)
            {
                bots.Add(await BotProcess.StartAsync(options.BotDll, environment, cancellationToken, bots.FirstOrDefault()?.DataDirectory));
            }

            Console.WriteLine($"subject on PostgreSQL, {replicas} replica(s): {string.Join(", ", bots.Select(b => b.Server.McpEndpoint))}, running load...");
            return await LoadRunner.RunAsync([.. bots.Select(b => b.Server.McpEndpoint)], bots[0].Token, McpConnection.SandboxResourceId, options, cancellationToken);
        }
        finally
        {
            // The replica that made the shared data directory deletes it: stop the others first.
            for (var i = bots.Count - 1; i >= 0; i--)
            {
                await bots[i].DisposeAsync();
            }

            await TestPostgres.DropDatabaseAsync(database, CancellationToken.None, Server);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
