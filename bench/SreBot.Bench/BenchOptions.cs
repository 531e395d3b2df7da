using System.Globalization;
using System.Reflection;

namespace SreBot.Bench;

/// <summary>Command-line options of a benchmark run. Every load is bounded: warm-up plus measured duration.</summary>
public sealed record BenchOptions(
    int Connections, TimeSpan Warmup, TimeSpan Duration, string ProtocolVersion, string BotDll, BenchEstate Estate = BenchEstate.Sandbox, bool Postgres = false, int Replicas = 1)
{
    public const string LatestProtocol = "2026-07-28";
    public const string SessionProtocol = "2025-11-25";

    public const string Usage = """
        usage: SreBot.Bench [--duration <s>] [--warmup <s>] [--connections <n>] [--protocol 2026-07-28|2025-11-25] [--bot <SreBot.Bot.dll>] [--estate sandbox|azure-fake]
                            [--database sqlite|postgres] [--replicas 1|2]
          --duration     measured seconds per server (default 10, at most 300)
          --warmup       warm-up seconds per server, not measured (default 3, at most 60)
          --connections  concurrent connections, one closed-loop worker each (default 16, at most 256)
          --protocol     MCP protocol flow used against both servers (default 2026-07-28: per-request _meta, no session;
                         2025-11-25: initialize + notifications/initialized + Mcp-Session-Id when the server mints one)
          --bot          the Bot built in Release (default: the one this project builds)
          --estate       sandbox (default): the subject reads the Sandbox; azure-fake: also measure the subject with
                         Estate:Provider=Azure against the fake Azure on loopback, beside the Sandbox figure
          --database     sqlite (default): the subject on its SQLite file; postgres: also the subject on PostgreSQL (a throwaway
                         cluster started by tests/tools/postgres/cluster.sh, or the server in SREBOT_BENCH_POSTGRES), as ratios
                         against the SQLite subject of the same run
          --replicas     with --database postgres: 2 adds a row with two Bot replicas on one database, the load spread across both
        """;

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions(16, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10), LatestProtocol, BotDll: "");
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--duration" => options with { Duration = TimeSpan.FromSeconds(Number(args[i], value, 1, 300)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(Number(args[i], value, 0, 60)) },
                "--connections" => options with { Connections = (int)Number(args[i], value, 1, 256) },
                "--protocol" when value is LatestProtocol or SessionProtocol => options with { ProtocolVersion = value },
                "--bot" => options with { BotDll = Path.GetFullPath(value) },
                "--estate" when value is "sandbox" => options with { Estate = BenchEstate.Sandbox },
                "--estate" when value is "azure-fake" => options with { Estate = BenchEstate.AzureFake },
                "--database" when value is "sqlite" or "postgres" => options with { Postgres = value == "postgres" },
                "--replicas" => options with { Replicas = (int)Number(args[i], value, 1, 2) },
                _ => throw new ArgumentException($"unexpected argument '{args[i]} {value}'"),
            };
            i++;
        }

        if (options.Replicas > 1 && !options.Postgres)
        {
            throw new ArgumentException("--replicas 2 needs --database postgres (replicas share a PostgreSQL database)");
        }

        return options.BotDll.Length > 0 ? options : options with { BotDll = DefaultBotDll() };
    }

    private static double Number(string name, string value, double min, double max)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} must be a number from {min} to {max}, not '{value}'");

    // Written into the assembly at build time: src/Bot/bin/<same configuration>/net10.0/SreBot.Bot.dll.
    private static string DefaultBotDll()
        => typeof(BenchOptions).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
               .FirstOrDefault(a => a.Key == "SreBot.Bench.BotDll")?.Value
           ?? throw new InvalidOperationException("The Bot's path was not built into this assembly; pass --bot.");
}
