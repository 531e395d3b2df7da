using System.Globalization;
using System.Text.Json.Nodes;

namespace SreBot.FakeAzure.Seeds;

/// <summary>
/// The Sandbox's CheckoutMemoryLeak scenario in Azure's own shapes and names, on <see cref="ShopEstate"/>: release 4.18.0
/// of the checkout API was deployed two hours before its memory began to climb (105 minutes before now, rising over 110
/// minutes by 3.4 GiB above a 1.4 GiB working set, against a 5 GiB budget per instance); for the last half hour
/// allocations fail (OutOfMemoryException in AppServiceAppLogs, HTTP 500/503 in AppServiceHTTPLogs), Http5xx and
/// HttpResponseTime rise with memory, and Resource Health reports Degraded (low memory). Staging runs the same release
/// with too little traffic to notice. Values are computed from the scenario's parameters, without noise.
/// </summary>
public static class CheckoutLeakIncident
{
    public const string Release = "4.18.0";
    public const string Pipeline = "github-actions-shop-deploy";

    /// <summary>The minutes of metrics served (from before the deployment), ending at the last whole minute before now; the fake answers the window asked for.</summary>
    public const int Minutes = 240;

    private const double GiB = 1024d * 1024 * 1024;
    private const double BaseWorkingSet = 1.4 * GiB;
    private const double Leaked = 3.4 * GiB;
    private const double Budget = 5 * GiB;
    private const double RequestsPerMinute = 1500;
    private const double CpuSecondsPerRequest = 0.035;
    private const double BaseResponseSeconds = 0.118;
    private const double BaselineErrorRate = 0.0006;
    private const double ClientErrorRate = 0.012;
    private const int MaxFailureLines = 6;
    private static readonly TimeSpan LeakStart = TimeSpan.FromMinutes(-105);
    private static readonly TimeSpan RampUp = TimeSpan.FromMinutes(110);
    private static readonly string[] Routes = ["POST /api/checkout/submit", "GET /api/cart/{cartId}"];

    // Supported aggregations as App Service's metrics reference lists them: gauges averaged, counters totalled.
    private static readonly string[] Gauge = ["Average", "Minimum", "Maximum"];
    private static readonly string[] Counter = ["Total"];

    /// <summary>
    /// Applies the incident's metrics, health and activity to a world seeded with <see cref="ShopEstate.Seed"/>, as of
    /// <paramref name="now"/>; returns its log rows in their tables' own columns (<see cref="AddLogs"/> stores them in the world).
    /// </summary>
    public static IReadOnlyList<SeedLogRow> Apply(FakeWorld world, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(world);
        var site = ShopEstate.CheckoutApiId(world);
        var minutes = Enumerable.Range(1, Minutes).Select(i => Floor(now).AddMinutes(i - Minutes - 1)).ToList();
        var states = minutes.Select(m => State(m, now)).ToList();
        world.Metrics[site] = new Dictionary<string, FakeMetric>(StringComparer.OrdinalIgnoreCase)
        {
            ["CpuTime"] = Series("Seconds", Counter, minutes, states, s => s.CpuSeconds),
            ["MemoryWorkingSet"] = Series("Bytes", Gauge, minutes, states, s => Math.Round(s.WorkingSet)),
            ["AverageMemoryWorkingSet"] = Series("Bytes", Gauge, minutes, states, s => Math.Round(s.WorkingSet)),
            ["Requests"] = Series("Count", Counter, minutes, states, s => s.Requests),
            ["Http2xx"] = Series("Count", Counter, minutes, states, s => s.Requests - s.Http4xx - s.Http5xx),
            ["Http4xx"] = Series("Count", Counter, minutes, states, s => s.Http4xx),
            ["Http5xx"] = Series("Count", Counter, minutes, states, s => s.Http5xx),
            ["HttpResponseTime"] = Series("Seconds", Gauge, minutes, states, s => Math.Round(s.ResponseSeconds, 4)),
        };
        var plan = ShopEstate.Id(world, ShopEstate.ShopProd, "Microsoft.Web/serverfarms", ShopEstate.ShopProdPlan);
        world.Metrics[plan] = new Dictionary<string, FakeMetric>(StringComparer.OrdinalIgnoreCase)
        {
            ["CpuPercentage"] = Series("Percent", Gauge, minutes, states, s => Math.Round(100 * ((s.CpuSeconds + 40) / (ShopEstate.ShopProdInstances * 2 * 60.0)), 1)),
            ["MemoryPercentage"] = Series("Percent", Gauge, minutes, states, s => Math.Round(100 * ((s.WorkingSet + (0.9 * GiB) + (1.3 * GiB)) / (8 * GiB)), 1)),
        };

        var last = states[^1];
        world.SetHealth(site, new FakeHealthStatus(
            "Degraded",
            "Degraded",
            string.Create(CultureInfo.InvariantCulture,
                $"{ShopEstate.CheckoutApi} is running low on memory: its working set is {last.WorkingSet / GiB:0.0} GiB per instance and some requests are failing. The Azure platform is not affected."),
            "Unplanned",
            now.AddMinutes(-30),
            now.AddMinutes(-1)));

        var deployed = now + LeakStart - TimeSpan.FromHours(2);
        world.AddActivityEvent(site, deployed, "Microsoft.Web/sites/deployments/write", "Succeeded", Pipeline,
            $"Deployment of checkout-api {Release} (commit 9c41e7a) to {ShopEstate.CheckoutApi} succeeded.");
        var staging = ShopEstate.Id(world, ShopEstate.ShopStaging, "Microsoft.Web/sites", ShopEstate.CheckoutApiStaging);
        world.AddActivityEvent(staging, now + LeakStart - TimeSpan.FromHours(26), "Microsoft.Web/sites/deployments/write", "Succeeded", Pipeline,
            $"Deployment of checkout-api {Release} (commit 9c41e7a) to {ShopEstate.CheckoutApiStaging} succeeded.");

        return [.. DeploymentLogs(site, deployed), .. minutes.Zip(states).SelectMany(p => MinuteLogs(site, p.First, p.Second))];
    }

    /// <summary>The incident with its log rows stored in the world's Log Analytics: what an investigation of the checkout API finds.</summary>
    public static void ApplyWithLogs(FakeWorld world, DateTimeOffset now) => AddLogs(world, Apply(world, now));

    /// <summary>
    /// Stores rows in the world's Log Analytics as SreBot's query reads them (<c>AzureLogTables</c>): an HTTP log line is
    /// "method path status time ms", an error from status 500 and a warning from 400; an app log line is its message and stack trace.
    /// </summary>
    public static void AddLogs(FakeWorld world, IEnumerable<SeedLogRow> rows)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            var (level, message) = row.Table switch
            {
                "AppServiceHTTPLogs" => (Status(row) >= 500 ? "Error" : Status(row) >= 400 ? "Warning" : "Information",
                    string.Create(CultureInfo.InvariantCulture, $"{Text(row, "CsMethod")} {Text(row, "CsUriStem")} {Status(row)} {row.Columns["TimeTaken"]!.GetValue<int>()} ms")),
                "AppServiceAppLogs" => (Level(Text(row, "Level")), Text(row, "StackTrace") is { Length: > 0 } stack ? $"{Text(row, "Message")}\n{stack}" : Text(row, "Message")),
                _ => (Level(Text(row, "Level")), Text(row, "ResultDescription")),
            };
            world.AddLog(row.ResourceId, row.Table, row.TimeGenerated, level, message);
        }
    }

    private static int Status(SeedLogRow row) => row.Columns["ScStatus"]!.GetValue<int>();

    private static string Text(SeedLogRow row, string column) => row.Columns[column]?.GetValue<string>() ?? string.Empty;

    /// <summary>App Service's level words as SreBot's query normalises them.</summary>
    private static string Level(string raw) => raw.ToUpperInvariant() switch
    {
        "ERROR" => "Error",
        "WARNING" or "WARN" => "Warning",
        "CRITICAL" => "Critical",
        "VERBOSE" or "DEBUG" => "Verbose",
        _ => "Information",
    };

    /// <summary>What the checkout API does in one minute (the Sandbox web-app model's formulas for a leak, without noise).</summary>
    private static MinuteState State(DateTimeOffset minute, DateTimeOffset now)
    {
        var leak = Math.Clamp((minute - (now + LeakStart)) / RampUp, 0, 1);
        var workingSet = BaseWorkingSet + (Leaked * leak);
        var pressure = workingSet / Budget;
        var oom = 0.2 * Math.Pow(Math.Clamp((pressure - 0.7) / 0.3, 0, 1), 1.5);
        var http5xx = Math.Round(RequestsPerMinute * (BaselineErrorRate + oom));
        var http4xx = Math.Round(RequestsPerMinute * ClientErrorRate);
        var collection = 1 + (0.8 * Math.Pow(Math.Clamp((pressure - 0.7) / 0.3, 0, 1), 2));
        var slowdown = 1 + (4 * Math.Pow(Math.Clamp((pressure - 0.7) / 0.3, 0, 1), 2));
        return new MinuteState(RequestsPerMinute, Math.Round(RequestsPerMinute * CpuSecondsPerRequest * collection, 2), workingSet, pressure, http4xx, http5xx, BaseResponseSeconds * slowdown);
    }

    private static IEnumerable<SeedLogRow> MinuteLogs(string site, DateTimeOffset minute, MinuteState state)
    {
        for (var i = 0; i < 2; i++)
        {
            yield return Http(site, minute.AddSeconds(7 + (i * 23)), Routes[i], 200, state.ResponseSeconds * 1000 * (0.8 + (0.2 * i)));
        }

        for (var i = 0; i < Math.Min(MaxFailureLines, state.Http5xx) && state.Pressure > 0.7; i++)
        {
            var at = minute.AddSeconds(3 + (i * 9));
            var route = Routes[i % 2];
            if ((i + minute.Minute) % 10 < 3)
            {
                yield return Http(site, at, route, 503, 5 + (i * 9));
                continue;
            }

            yield return Http(site, at, route, 500, state.ResponseSeconds * 1000 * 1.5);
            yield return new SeedLogRow(site, "AppServiceAppLogs", at, new JsonObject
            {
                ["Level"] = "Error",
                ["Host"] = "lw0sdlwk0000BZ",
                ["Logger"] = "Microsoft.AspNetCore.Diagnostics.ExceptionHandlerMiddleware",
                ["ExceptionClass"] = "System.OutOfMemoryException",
                ["Message"] = string.Create(CultureInfo.InvariantCulture,
                    $"Unhandled exception while processing {route} (TraceId {minute:HHmm}{i:x2}4be7c1d2a9f04e1b8c3d5a6f7e8d9c0): System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown."),
                ["StackTrace"] = "   at Contoso.Shop.Checkout.Pricing.PriceSnapshotCache.GetOrAdd(String cartKey, Func`1 factory)\n"
                    + "   at Contoso.Shop.Checkout.Pricing.CartPricer.PriceAsync(Cart cart, CancellationToken cancellationToken)",
                ["ResultDescription"] = "System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
            });
        }

        if (state.Pressure >= 0.75)
        {
            var collections = 4 + (int)(40 * Math.Clamp((state.Pressure - 0.75) / 0.25, 0, 1));
            yield return new SeedLogRow(site, "AppServiceAppLogs", minute.AddSeconds(50), new JsonObject
            {
                ["Level"] = "Warning",
                ["Host"] = "lw0sdlwk0000BZ",
                ["Logger"] = "Contoso.Shop.Checkout.Diagnostics.MemoryMonitor",
                ["Message"] = string.Create(CultureInfo.InvariantCulture,
                    $"High memory usage: working set {state.WorkingSet / GiB:0.00} GiB, managed heap {state.WorkingSet * 0.82 / GiB:0.00} GiB after a gen2 collection; {collections} gen2 collections in the last minute."),
                ["StackTrace"] = string.Empty,
            });
        }
    }

    private static IEnumerable<SeedLogRow> DeploymentLogs(string site, DateTimeOffset deployed)
    {
        yield return new SeedLogRow(site, "AppServiceConsoleLogs", deployed.AddSeconds(6), new JsonObject
        {
            ["Level"] = "Informational",
            ["ResultDescription"] = $"Application started. Contoso.Shop.Checkout {Release}; hosting environment: Production; content root: /home/site/wwwroot",
            ["Host"] = "lw0sdlwk0000BZ",
        });
    }

    private static SeedLogRow Http(string site, DateTimeOffset at, string route, int status, double milliseconds)
    {
        var space = route.IndexOf(' ', StringComparison.Ordinal);
        return new SeedLogRow(site, "AppServiceHTTPLogs", at, new JsonObject
        {
            ["CsMethod"] = route[..space],
            ["CsUriStem"] = route[(space + 1)..].Replace("{cartId}", "c-7f3a91", StringComparison.Ordinal),
            ["ScStatus"] = status,
            ["TimeTaken"] = (int)Math.Round(milliseconds),
            ["CsHost"] = $"{ShopEstate.CheckoutApi}.azurewebsites.net",
            ["ComputerName"] = "lw0sdlwk0000BZ",
            ["Result"] = status >= 500 ? "Fail" : "Success",
        });
    }

    private static FakeMetric Series(string unit, string[] aggregations, IReadOnlyList<DateTimeOffset> minutes, IReadOnlyList<MinuteState> states, Func<MinuteState, double> value)
        => new(unit, [.. minutes.Zip(states).Select(p => (p.First, value(p.Second)))], SupportedAggregations: aggregations);

    private static DateTimeOffset Floor(DateTimeOffset time) => new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
}
