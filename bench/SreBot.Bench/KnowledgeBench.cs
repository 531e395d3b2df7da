using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared;
using SreBot.Shared.Identity;
using SreBot.Shared.Knowledge;
using SreBot.Shared.Storage;

namespace SreBot.Bench;

/// <summary>
/// <c>--knowledge</c>: indexes generated documents into a fresh SQLite file through the real upload path (audit record,
/// blob, chunks, FTS5), then times a fixed set of queries through the real search path, and, on the same chunks in the
/// same run, baselines: bm25 over every passage with any query word (one stage), FTS5 without ranking, and no full-text
/// index at all (a LIKE scan ranked by how many query words a passage holds).
/// </summary>
public static class KnowledgeBench
{
    public const string Flag = "--knowledge";

    public const string Usage = """
        usage: SreBot.Bench --knowledge [--documents <n>] [--rounds <n>]
          --documents  generated documents to index (default 10000, 100..100000)
          --rounds     times the fixed query set is run for the FTS5 figures (default 50; the LIKE baseline runs it once)
        """;

    private static readonly CallerIdentity Admin = new("bench-admin", new HashSet<string> { Roles.Admin }, "api");

    public static async Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        int documents = 10_000, rounds = 50;
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;
            switch (args[i])
            {
                case "--documents" when value is >= 100 and <= 100_000: documents = value; break;
                case "--rounds" when value is >= 1 and <= 10_000: rounds = value; break;
                default:
                    Console.Error.WriteLine($"unexpected argument '{args[i]}'{Environment.NewLine}{Usage}");
                    return 2;
            }
        }

        var directory = Directory.CreateTempSubdirectory("srebot-bench-knowledge-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["SreBot:DataDirectory"] = directory }).Build();
            await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSreBotShared(configuration).BuildServiceProvider();
            var database = services.GetRequiredService<SqliteDatabase>();
            await database.InitializeAsync(cancellationToken);
            var library = services.GetRequiredService<KnowledgeLibrary>();

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInfo()}; data: {directory}");
            Console.WriteLine($"indexing {documents} generated documents through KnowledgeLibrary.AddAsync (audit + blob + chunks + FTS5)...");
            var indexing = Stopwatch.StartNew();
            long bytes = 0;
            foreach (var (name, markdown) in KnowledgeCorpus.Generate(documents))
            {
                var content = Encoding.UTF8.GetBytes(markdown);
                bytes += content.Length;
                var result = await library.AddAsync(Admin, name, KnowledgeContentTypes.Markdown, content, cancellationToken);
                if (result.Document is null)
                {
                    throw new InvalidOperationException($"{name} was refused: {result.Problem}");
                }
            }

            indexing.Stop();
            var chunks = await ScalarAsync(database, "SELECT count(*) FROM knowledge_chunks", cancellationToken);
            Console.WriteLine($"indexed {documents} documents ({bytes / 1024.0 / 1024.0:F1} MiB, {chunks} passages) in {indexing.Elapsed.TotalSeconds:F1} s: "
                + $"{documents / indexing.Elapsed.TotalSeconds:F0} docs/s; database file {new FileInfo(database.FilePath).Length / 1024.0 / 1024.0:F1} MiB");

            var queries = KnowledgeCorpus.Queries;
            foreach (var query in queries)
            {
                await library.SearchAsync(query, 5, cancellationToken); // warm-up: JIT, page cache
            }

            var fts = await TimeAsync(queries, rounds, async q => (await library.SearchAsync(q, 5, cancellationToken)).Count, cancellationToken);
            var singleStage = await TimeAsync(queries, rounds, q => AnyWordBm25Async(database, q, cancellationToken), cancellationToken);
            var unranked = await TimeAsync(queries, rounds, q => UnrankedFtsAsync(database, q, cancellationToken), cancellationToken);
            var like = await TimeAsync(queries, 1, q => LikeScanAsync(database, q, cancellationToken), cancellationToken);

            Console.WriteLine();
            Console.WriteLine($"{"search (top 5 passages)",-44} {"queries",8} {"p50 ms",8} {"p99 ms",8} {"max ms",8} {"hits",6}");
            Print("subject: KnowledgeLibrary.SearchAsync", fts);
            Print("baseline: FTS5 any word + bm25, one stage", singleStage);
            Print("baseline: FTS5 MATCH, no ranking", unranked);
            Print("baseline: LIKE scan ranked by words matched", like);
            Console.WriteLine();
            Console.WriteLine($"p50 speed-up of the subject over the LIKE scan: {like.P50 / fts.P50:F1}x; over one-stage any-word bm25: {singleStage.P50 / fts.P50:F1}x; "
                + $"cost over unranked FTS5: {fts.P50 / unranked.P50:F1}x");
            Console.WriteLine($"subject p50: {fts.P50:F2} ms (goal < 10 ms): {(fts.P50 < 10 ? "MET" : "MISSED")}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    // What the subject did before it ranked passages with every word first: bm25 over every passage with any word.
    private static async Task<int> AnyWordBm25Async(SqliteDatabase database, string query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT c.text, d.name FROM (
                SELECT rowid, bm25(knowledge_fts, 2.0, 1.0) AS score FROM knowledge_fts WHERE knowledge_fts MATCH $match ORDER BY score LIMIT 5
            ) s JOIN knowledge_chunks c ON c.id = s.rowid JOIN knowledge_documents d ON d.seq = c.document_seq ORDER BY s.score
            """, ("$match", FtsQuery.Build(query)));
        return await CountAsync(command, cancellationToken);
    }

    private static async Task<int> UnrankedFtsAsync(SqliteDatabase database, string query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, """
            SELECT c.text, d.name FROM knowledge_fts f JOIN knowledge_chunks c ON c.id = f.rowid JOIN knowledge_documents d ON d.seq = c.document_seq
            WHERE knowledge_fts MATCH $match LIMIT 5
            """, ("$match", FtsQuery.Build(query)));
        return await CountAsync(command, cancellationToken);
    }

    private static async Task<int> LikeScanAsync(SqliteDatabase database, string query, CancellationToken cancellationToken)
    {
        var words = FtsQuery.Build(query)!.Split(" OR ").Select(w => w.Trim('"')).ToList();
        var score = string.Join(" + ", words.Select((_, i) => $"((c.heading LIKE $w{i}) OR (c.text LIKE $w{i}))"));
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, $"""
            SELECT c.text, d.name FROM (SELECT id, ({score}) AS score FROM knowledge_chunks c) s
            JOIN knowledge_chunks c ON c.id = s.id JOIN knowledge_documents d ON d.seq = c.document_seq
            WHERE s.score > 0 ORDER BY s.score DESC, c.id LIMIT 5
            """, [.. words.Select((w, i) => ($"$w{i}", (object?)$"%{w}%"))]);
        return await CountAsync(command, cancellationToken);
    }

    private static async Task<int> CountAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
        }

        return rows;
    }

    private static async Task<long> ScalarAsync(SqliteDatabase database, string sql, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, sql);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async Task<Timing> TimeAsync(IReadOnlyList<string> queries, int rounds, Func<string, Task<int>> run, CancellationToken cancellationToken)
    {
        var samples = new List<double>(queries.Count * rounds);
        long hits = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var started = Stopwatch.GetTimestamp();
                hits += await run(query);
                samples.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        samples.Sort();
        double Percentile(double p) => samples[Math.Max(0, (int)Math.Ceiling(p * samples.Count) - 1)];
        return new Timing(samples.Count, Percentile(0.50), Percentile(0.99), samples[^1], hits / (double)samples.Count);
    }

    private static void Print(string label, Timing timing)
        => Console.WriteLine($"{label,-44} {timing.Count,8} {timing.P50,8:F2} {timing.P99,8:F2} {timing.Max,8:F2} {timing.HitsPerQuery,6:F1}");

    private static string RuntimeInfo() => $".NET {Environment.Version}, SQLite {SqliteVersion()}";

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT sqlite_version()";
        return (string)command.ExecuteScalar()!;
    }

    private sealed record Timing(int Count, double P50, double P99, double Max, double HitsPerQuery);
}
