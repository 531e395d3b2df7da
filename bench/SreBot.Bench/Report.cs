using System.Globalization;

namespace SreBot.Bench;

/// <summary>Prints the run's settings, the figures of both servers, and the subject against the goals.</summary>
public static class Report
{
    public const double ThroughputRatioGoal = 0.50;
    public const double P99GoalMs = 10.0;

    public static void Settings(BenchOptions options, IReadOnlyList<string> args)
    {
        Console.WriteLine("SreBot MCP load benchmark: bare MCP SDK server (baseline) vs the Bot's /mcp (subject)");
        Console.WriteLine($"  arguments : {(args.Count == 0 ? "(defaults)" : string.Join(' ', args))}");
        Console.WriteLine($"  load      : {options.Connections} connections, closed loop, warm-up {options.Warmup.TotalSeconds:0.#} s + measured {options.Duration.TotalSeconds:0.#} s per server, one server at a time");
        Console.WriteLine($"  request   : tools/call {McpConnection.ToolName}, protocol {options.ProtocolVersion}");
        Console.WriteLine($"  estate    : {(options.Estate == BenchEstate.AzureFake ? "Sandbox, then Estate:Provider=Azure against the fake Azure on loopback (in this process)" : "Sandbox")}");
        Console.WriteLine($"  database  : SQLite{(options.Postgres ? $", then PostgreSQL with {string.Join(" and ", Enumerable.Range(1, options.Replicas))} replica(s) (connections spread across them)" : string.Empty)}");
        Console.WriteLine($"  machine   : {Environment.ProcessorCount} cores, {LoadAverage()}");
        Console.WriteLine($"  bot       : {options.BotDll}");
        Console.WriteLine();
    }

    /// <param name="azure">The subject with <c>Estate:Provider=Azure</c> against the fake Azure (<c>--estate azure-fake</c>), or null.</param>
    /// <param name="postgres">The subject on PostgreSQL, one row per replica count (<c>--database postgres</c>); empty otherwise.</param>
    public static void Results(LatencyStats baseline, LatencyStats subject, LatencyStats? azure, IReadOnlyList<(string Name, LatencyStats Stats)> postgres)
    {
        Console.WriteLine();
        Console.WriteLine($"{"server",-30} {"req/s",9} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8} {"ok",8} {"errors",7}");
        Row("baseline (bare MCP SDK)", baseline);
        Row("subject (SreBot /mcp)", subject);
        if (azure is not null)
        {
            Row("subject on fake Azure", azure);
        }

        foreach (var (name, stats) in postgres)
        {
            Row(name, stats);
        }

        Console.WriteLine();

        var ratio = subject.RequestsPerSecond / baseline.RequestsPerSecond;
        Console.WriteLine(Invariant($"throughput ratio subject/baseline: {ratio:0.00} (goal >= {ThroughputRatioGoal:0.00}): {Verdict(ratio >= ThroughputRatioGoal)}"));
        Console.WriteLine(Invariant($"subject p99: {subject.P99Ms:0.00} ms (goal < {P99GoalMs:0} ms): {Verdict(subject.P99Ms < P99GoalMs)}"));
        if (baseline.P99Ms >= P99GoalMs)
        {
            Console.WriteLine(Invariant($"note: the bare SDK itself has p99 {baseline.P99Ms:0.00} ms in this run, so the machine, not SreBot, sets the p99 floor here."));
        }

        Console.WriteLine(Invariant($"subject/baseline p50: {subject.P50Ms / baseline.P50Ms:0.00}x, p99: {subject.P99Ms / baseline.P99Ms:0.00}x"));
        if (azure is not null)
        {
            // The Azure provider adds a real HTTPS round trip to the fake (same machine) per call: a cost no goal is set for.
            Console.WriteLine(Invariant($"fake Azure / Sandbox subject: throughput {azure.RequestsPerSecond / subject.RequestsPerSecond:0.00}, p99 {azure.P99Ms / subject.P99Ms:0.00}x ({azure.P99Ms:0.00} ms vs {subject.P99Ms:0.00} ms)"));
        }

        foreach (var (name, stats) in postgres)
        {
            // The SQLite subject of the same run is the reference: what moving the state to a server costs, and what a second replica gives back.
            Console.WriteLine(Invariant($"{name} / SQLite subject: throughput {stats.RequestsPerSecond / subject.RequestsPerSecond:0.00}, p99 {stats.P99Ms / subject.P99Ms:0.00}x ({stats.P99Ms:0.00} ms vs {subject.P99Ms:0.00} ms)"));
        }

        Console.WriteLine($"machine after: {LoadAverage()} (figures from a busy machine are noisy; compare ratios from the same run)");
    }

    private static void Row(string name, LatencyStats s)
        => Console.WriteLine(Invariant($"{name,-30} {s.RequestsPerSecond,9:0.0} {s.P50Ms,8:0.00} {s.P90Ms,8:0.00} {s.P99Ms,8:0.00} {s.MaxMs,8:0.00} {s.Succeeded,8} {s.Errors,7}"));

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    // Other work on the machine changes the figures: say how busy it was.
    private static string LoadAverage()
        => File.Exists("/proc/loadavg")
            ? "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3))
            : "load average unknown";
}
