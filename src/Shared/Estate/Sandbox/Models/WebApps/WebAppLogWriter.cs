using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Models.WebApps;

/// <summary>
/// App Service log lines for one minute, named after the Log Analytics tables they would come from. Requests are
/// sampled (a few per minute); failures get up to <see cref="MaxFailureLines"/> lines, each from one of the minute's
/// failure causes in proportion to its share.
/// </summary>
internal static class WebAppLogWriter
{
    public const string HttpLogs = "AppServiceHTTPLogs";
    public const string AppLogs = "AppServiceAppLogs";
    public const string ConsoleLogs = "AppServiceConsoleLogs";
    public const string PlatformLogs = "AppServicePlatformLogs";
    private const int MaxFailureLines = 6;
    private const double GiB = 1024d * 1024 * 1024;

    private static readonly int[] ClientErrors = [400, 401, 404, 409];

    public static IEnumerable<LogEntry> Write(SandboxResourceDefinition site, DateTimeOffset minute, SandboxWorld world, WebAppMinute state)
    {
        var profile = site.ProfileAs<WebAppProfile>();
        var lines = new LogMinute(site.Id.Canonical, minute);
        var entries = new List<LogEntry>();
        foreach (var start in world.StartsOf(site.Id).Where(s => s.At >= minute && s.At < minute + SandboxTime.Minute))
        {
            entries.AddRange(StartLines(site, profile, start, lines));
        }

        if (state.Requests == 0)
        {
            return entries;
        }

        if (minute.Minute % 5 == 0)
        {
            entries.Add(lines.Entry("healthz", 0, LogSeverity.Information, HttpLogs, $"GET /healthz 200 {lines.Between(2, 6, "healthz-ms")} ms"));
        }

        for (var i = 0; i < 2; i++)
        {
            var route = lines.Route(lines.Pick(profile.Routes, "ok-route", i), "ok-id", i);
            var milliseconds = state.SuccessSeconds * 1000 * (0.6 + (0.8 * lines.Unit("ok-ms", i)));
            entries.Add(lines.Entry("ok", i, LogSeverity.Information, HttpLogs, $"{route} 200 {milliseconds:0} ms"));
        }

        if (state.Http4xx > 0 && lines.Unit("4xx") < 0.5)
        {
            var route = lines.Route(lines.Pick(profile.Routes, "4xx-route"), "4xx-id");
            entries.Add(lines.Entry("4xx", 0, LogSeverity.Warning, HttpLogs, $"{route} {lines.Pick(ClientErrors, "4xx-status")} {lines.Between(3, 40, "4xx-ms")} ms"));
        }

        for (var i = 0; i < Math.Min(MaxFailureLines, state.Http5xx); i++)
        {
            entries.AddRange(FailureLines(state.Failures.Pick(lines.Unit("cause", i)), i, profile, state, lines));
        }

        entries.AddRange(PressureLines(state, lines));
        entries.AddRange(NoiseLines(profile, state, lines));
        return entries;
    }

    private static IEnumerable<LogEntry> StartLines(SandboxResourceDefinition site, WebAppProfile profile, ResourceStart start, LogMinute lines)
    {
        var container = $"{site.Name}_0_{lines.Hex(8, "container")}";
        var version = start.Version ?? profile.Version;
        yield return start.Reason == ResourceStartReason.Deployment
            ? new LogEntry(start.At, LogSeverity.Information, $"Deployment {lines.Hex(7, "deployment")} succeeded; starting {site.Name} on version {version}.", PlatformLogs)
            : new LogEntry(start.At, LogSeverity.Information, $"Stopping site {site.Name} because a restart was requested through the management API.", PlatformLogs);
        yield return new LogEntry(start.At.AddSeconds(6), LogSeverity.Information, $"Application started. {profile.Namespace} {version}; hosting environment: Production; content root: /home/site/wwwroot", ConsoleLogs);
        yield return new LogEntry(start.At.AddSeconds(9), LogSeverity.Information, $"Container {container} for site {site.Name} initialized successfully and is ready to serve requests.", PlatformLogs);
    }

    private static IEnumerable<LogEntry> FailureLines(FailureCause cause, int i, WebAppProfile profile, WebAppMinute state, LogMinute lines)
    {
        var route = lines.Route(cause == FailureCause.Code ? state.Demand.Forces.CodeFailure!.Route : lines.Pick(profile.Routes.Take(2).ToList(), "5xx-route", i), "5xx-id", i);
        var trace = lines.Hex(32, "trace", i);
        switch (cause)
        {
            case FailureCause.OutOfMemory when lines.Unit("oom-503", i) < 0.3:
                yield return lines.Entry("5xx", i, LogSeverity.Error, HttpLogs, $"{route} 503 {lines.Between(5, 60, "5xx-ms", i)} ms");
                break;
            case FailureCause.OutOfMemory:
                yield return lines.Entry("5xx", i, LogSeverity.Error, HttpLogs, $"{route} 500 {state.SuccessSeconds * 1000 * (1 + lines.Unit("5xx-ms", i)):0} ms");
                yield return lines.Entry("5xx", i, LogSeverity.Error, AppLogs,
                    $"Unhandled exception while processing {route} (TraceId {trace}): System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n"
                    + $"   at {profile.Namespace}.Pricing.PriceSnapshotCache.GetOrAdd(String cartKey, Func`1 factory)\n"
                    + $"   at {profile.Namespace}.Pricing.CartPricer.PriceAsync(Cart cart, CancellationToken cancellationToken)");
                break;
            case FailureCause.Saturation:
                yield return lines.Entry("5xx", i, LogSeverity.Error, HttpLogs, $"{route} 503 {lines.Between(20_000, 30_000, "5xx-ms", i)} ms");
                break;
            case FailureCause.Code:
                var failure = state.Demand.Forces.CodeFailure!;
                yield return lines.Entry("5xx", i, LogSeverity.Error, HttpLogs, $"{route} 500 {lines.Between(20, 60, "5xx-ms", i)} ms");
                yield return lines.Entry("5xx", i, LogSeverity.Error, AppLogs,
                    $"Unhandled exception while processing {route} (TraceId {trace}): {failure.ExceptionType}: {failure.ExceptionMessage}\n   {failure.StackFrame}");
                break;
            case FailureCause.Dependency:
                yield return lines.Entry("5xx", i, LogSeverity.Error, HttpLogs, $"{route} 500 {lines.Between(15_000, 15_400, "5xx-ms", i)} ms");
                yield return lines.Entry("5xx", i, LogSeverity.Error, AppLogs, DependencyFailure(state.Failures.FailingDependency!, route, trace, lines, i));
                break;
            case FailureCause.Restart:
                yield return lines.Entry("5xx", i, LogSeverity.Error, HttpLogs, $"{route} 503 {lines.Between(1, 9, "5xx-ms", i)} ms");
                break;
            default:
                yield return lines.Entry("5xx", i, LogSeverity.Error, HttpLogs, $"{route} 500 {lines.Between(100, 900, "5xx-ms", i)} ms");
                yield return lines.Entry("5xx", i, LogSeverity.Error, AppLogs,
                    $"Request {route} failed (TraceId {trace}): Microsoft.AspNetCore.Connections.ConnectionResetException: The client has disconnected.");
                break;
        }
    }

    private static string DependencyFailure(SandboxResourceDefinition dependency, string route, string trace, LogMinute lines, int i) => dependency.Type switch
    {
        SandboxEstate.SqlDatabasesType =>
            $"Unhandled exception while processing {route} (TraceId {trace}): Microsoft.Data.SqlClient.SqlException (0x80131904): "
            + $"Database '{dependency.Name}' on server '{dependency.Id.TypesAndNames[1]}.database.windows.net' is not currently available. "
            + "Please retry the connection later. If the problem persists, contact customer support, and provide them the session tracing ID of "
            + $"'{lines.Guid("session", i)}'. (Error 40613)",
        _ =>
            $"Unhandled exception while processing {route} (TraceId {trace}): StackExchange.Redis.RedisConnectionException: "
            + $"No connection is available to service this operation; UnableToConnect on {dependency.Name}.redis.cache.windows.net:6380",
    };

    private static IEnumerable<LogEntry> PressureLines(WebAppMinute state, LogMinute lines)
    {
        if (state.Demand.MemoryPressure >= 0.75)
        {
            var collections = 4 + (int)(40 * SandboxTime.Clamp01((state.Demand.MemoryPressure - 0.75) / 0.25));
            yield return lines.Entry("memory", 0, LogSeverity.Warning, AppLogs,
                $"High memory usage: working set {state.Demand.WorkingSetBytes / GiB:0.00} GiB, managed heap {state.Demand.WorkingSetBytes * 0.82 / GiB:0.00} GiB "
                + $"after a gen2 collection; {collections} gen2 collections in the last minute.");
        }

        if (state.Plan.CpuDemandShare >= 0.9)
        {
            yield return lines.Entry("starvation", 0, LogSeverity.Warning, AppLogs,
                $"Heartbeat took longer than \"00:00:01\" at \"{lines.Minute.AddSeconds(lines.Between(0, 59, "heartbeat")):MM/dd/yyyy HH:mm:ss +00:00}\". "
                + "This could be caused by thread pool starvation.");
        }
    }

    private static IEnumerable<LogEntry> NoiseLines(WebAppProfile profile, WebAppMinute state, LogMinute lines)
    {
        var count = lines.Count(0.12 + state.Demand.Forces.WarningsPerMinute, "noise-count");
        for (var i = 0; i < count; i++)
        {
            var route = lines.Route(lines.Pick(profile.Routes, "noise-route", i), "noise-id", i);
            var message = lines.Between(0, 5, "noise-kind", i) switch
            {
                0 => "Retrying GET https://fx-rates.contoso.example/v2/latest after HttpRequestException: Connection reset by peer (attempt 2 of 3). The retry succeeded.",
                1 => $"Slow request: {route} took {lines.Between(1_000, 1_700, "noise-ms", i)} ms (threshold 1000 ms).",
                2 => $"Data Protection: key {{{lines.Guid("noise-key", i)}}} expires in 6 days; a new key will be created automatically.",
                3 => $"Client 'shop-ios/5.2.1' called deprecated endpoint {route.Replace("/api/", "/api/v1/", StringComparison.Ordinal)}; it will be removed in the next major version.",
                4 => "Feature flag 'CheckoutV3' is not defined in configuration; using the default value (false).",
                _ => $"Response caching skipped for {route}: the response sets a cookie.",
            };
            yield return lines.Entry("noise", i, LogSeverity.Warning, AppLogs, message);
        }
    }
}
