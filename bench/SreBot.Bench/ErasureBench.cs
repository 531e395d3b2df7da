using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared;
using SreBot.Shared.Memories;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Postgres;
using SreBot.Testing;

namespace SreBot.Bench;

/// <summary>
/// <c>--erasure-postgres</c>: what erasure on PostgreSQL costs. In a fresh database of the test server
/// (<c>SREBOT_TEST_POSTGRES</c>), with N other users' memories in the table, times erasing one user's memories through
/// the real store (<c>DELETE</c>, then <c>VACUUM (FULL)</c> of the table: PostgresSecureDelete) against a plain
/// <c>DELETE</c> of the same rows (which leaves them readable in the files), one after the other in each round.
/// </summary>
public static class ErasureBench
{
    public const string Flag = "--erasure-postgres";

    public const string Usage = """
        usage: SreBot.Bench --erasure-postgres [--rows <n>[,<n>...]] [--rounds <n>] [--memories <n>]
          --rows      other users' memories in the table, one table size per value (default 1000,10000; 0..1000000)
          --rounds    erasures timed per table size and way (default 20, 1..1000)
          --memories  the erased user's memories, stored again before each erasure (default 5, 1..100)
        needs SREBOT_TEST_POSTGRES (eval "$(bash tests/tools/postgres/cluster.sh start /tmp/srebot-pg-bench)")
        """;

    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        int[] sizes = [1_000, 10_000];
        int rounds = 20, memories = 5;
        for (var i = 0; i < args.Count; i += 2)
        {
            var text = i + 1 < args.Count ? args[i + 1] : string.Empty;
            var value = int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
            switch (args[i])
            {
                case "--rows" when Sizes(text) is { } parsed: sizes = parsed; break;
                case "--rounds" when value is >= 1 and <= 1000: rounds = value; break;
                case "--memories" when value is >= 1 and <= 100: memories = value; break;
                default:
                    Console.Error.WriteLine($"unexpected argument '{args[i]}'{Environment.NewLine}{Usage}");
                    return 2;
            }
        }

        if (Environment.GetEnvironmentVariable(TestPostgres.Variable) is not { Length: > 0 })
        {
            Console.Error.WriteLine($"{TestPostgres.Variable} is not set.{Environment.NewLine}{Usage}");
            return 1;
        }

        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}; erasing {memories} memories of one user, {rounds} rounds per way");
        Console.WriteLine($"{"other rows",10} {"table MiB",10} {"DELETE p50 ms",14} {"+VACUUM FULL p50 ms",20} {"p99 ms",8} {"ratio p50",10}");
        foreach (var size in sizes)
        {
            var connectionString = await TestPostgres.CreateDatabaseAsync(cancellationToken);
            try
            {
                await MeasureAsync(connectionString, size, rounds, memories, cancellationToken);
            }
            finally
            {
                await TestPostgres.DropDatabaseAsync(connectionString, CancellationToken.None);
            }
        }

        return 0;
    }

    private static async Task MeasureAsync(string connectionString, int others, int rounds, int memories, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Database:Kind"] = "PostgreSQL",
            ["Storage:Database:ConnectionString"] = connectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSreBotShared(configuration).BuildServiceProvider();
        var database = services.GetRequiredService<PostgresDatabase>();
        await database.InitializeAsync(cancellationToken);
        var store = services.GetRequiredService<IMemoryStore>();
        for (var i = 0; i < others; i++)
        {
            await store.AddAsync(Fact($"mem_other_{i}", $"aad-user-{i % 500}", i), cancellationToken);
        }

        var plain = new List<double>(rounds);
        var vacuum = new List<double>(rounds);
        for (var round = 0; round < rounds; round++)
        {
            var ids = await StoreTheUsersAsync(store, memories, round, "plain", cancellationToken);
            var started = Stopwatch.GetTimestamp();
            await using (var connection = await database.OpenAsync(cancellationToken))
            {
                await connection.ExecuteAsync(null, "DELETE FROM memories WHERE id = ANY(@ids)", cancellationToken, ("ids", ids));
            }

            plain.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);

            ids = await StoreTheUsersAsync(store, memories, round, "erased", cancellationToken);
            started = Stopwatch.GetTimestamp();
            await store.DeleteAsync(ids, cancellationToken);
            vacuum.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        await using var sizeConnection = await database.OpenAsync(cancellationToken);
        await using var sizeCommand = sizeConnection.Command(null, "SELECT pg_total_relation_size('memories')");
        var bytes = (long)(await sizeCommand.ExecuteScalarAsync(cancellationToken))!;
        plain.Sort();
        vacuum.Sort();
        Console.WriteLine($"{others,10} {bytes / 1024.0 / 1024.0,10:F2} {Percentile(plain, 0.5),14:F2} {Percentile(vacuum, 0.5),20:F2} {Percentile(vacuum, 0.99),8:F2} "
            + $"{Percentile(vacuum, 0.5) / Percentile(plain, 0.5),9:F0}x");
    }

    private static async Task<string[]> StoreTheUsersAsync(IMemoryStore store, int memories, int round, string way, CancellationToken cancellationToken)
    {
        var ids = Enumerable.Range(0, memories).Select(i => $"mem_{way}_{round}_{i}").ToArray();
        foreach (var id in ids)
        {
            await store.AddAsync(Fact(id, "aad-erased-user", round), cancellationToken);
        }

        return ids;
    }

    private static Memory Fact(string id, string owner, int minutes)
        => new(id, $"{id}: the checkout pool of {owner} restarts nightly after the 02:00 deployment; page the on-call engineer if it does not come back within ten minutes",
            owner, MemoryVisibility.Private, Start.AddMinutes(minutes), owner);

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static int[]? Sizes(string text)
    {
        var sizes = text.Split(',').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= 1_000_000 ? n : -1).ToArray();
        return sizes.Length > 0 && sizes.All(n => n >= 0) ? sizes : null;
    }
}
