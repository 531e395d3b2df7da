using System.Diagnostics;

namespace SreBot.Bench;

/// <summary>
/// Closed-loop load: N connections, one worker each, each sending the next <c>tools/call</c> as soon as the last
/// one is answered. Warm-up first (not recorded), then the measured phase; calls that start in the measured phase
/// are recorded. Bounded by time, and every call by the client timeout.
/// </summary>
public static class LoadRunner
{
    /// <param name="resourceId">The resource every call asks about (the Sandbox's checkout API unless the fake Azure's).</param>
    public static Task<LatencyStats> RunAsync(Uri endpoint, string? bearerToken, string resourceId, BenchOptions options, CancellationToken cancellationToken)
        => RunAsync([endpoint], bearerToken, resourceId, options, cancellationToken);

    /// <summary>The same load spread over several replicas of one server: connection <c>i</c> talks to <c>endpoints[i % n]</c>, as a round-robin load balancer would place them.</summary>
    public static async Task<LatencyStats> RunAsync(IReadOnlyList<Uri> endpoints, string? bearerToken, string resourceId, BenchOptions options, CancellationToken cancellationToken)
    {
        var connections = Enumerable.Range(0, options.Connections)
            .Select(i => new McpConnection(endpoints[i % endpoints.Count], bearerToken, options.ProtocolVersion, resourceId))
            .ToList();
        var endpoint = string.Join(", ", endpoints);
        try
        {
            await Task.WhenAll(connections.Select(c => c.ConnectAsync(cancellationToken)));

            // One call per connection must succeed, or the figures would measure a misconfiguration.
            foreach (var connection in connections)
            {
                var probe = await connection.CallToolAsync(cancellationToken);
                if (!probe.Ok)
                {
                    throw new SetupException($"first tools/call on {endpoint} failed: {probe.Error}");
                }
            }

            var measureFrom = Stopwatch.GetTimestamp() + (long)(options.Warmup.TotalSeconds * Stopwatch.Frequency);
            var measureUntil = measureFrom + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
            var workers = await Task.WhenAll(connections.Select(c => Task.Run(() => WorkAsync(c, measureFrom, measureUntil, cancellationToken), cancellationToken)));
            var elapsed = Stopwatch.GetElapsedTime(measureFrom);

            var latencies = new List<long>(workers.Sum(w => w.Latencies.Count));
            foreach (var worker in workers)
            {
                latencies.AddRange(worker.Latencies);
            }

            var firstError = workers.Select(w => w.FirstError).FirstOrDefault(e => e is not null);
            if (firstError is not null)
            {
                Console.Error.WriteLine($"  first error from {endpoint}: {firstError}");
            }

            return LatencyStats.From(latencies, workers.Sum(w => w.Errors), elapsed);
        }
        finally
        {
            foreach (var connection in connections)
            {
                connection.Dispose();
            }
        }
    }

    private static async Task<WorkerResult> WorkAsync(McpConnection connection, long measureFrom, long measureUntil, CancellationToken cancellationToken)
    {
        var latencies = new List<long>(capacity: 16 * 1024);
        var errors = 0;
        string? firstError = null;
        while (true)
        {
            var startedAt = Stopwatch.GetTimestamp();
            if (startedAt >= measureUntil)
            {
                break;
            }

            var outcome = await connection.CallToolAsync(cancellationToken);
            if (startedAt < measureFrom)
            {
                continue;
            }

            if (outcome.Ok)
            {
                latencies.Add(outcome.ElapsedTicks);
            }
            else
            {
                errors++;
                firstError ??= outcome.Error;
            }
        }

        return new WorkerResult(latencies, errors, firstError);
    }

    private sealed record WorkerResult(List<long> Latencies, int Errors, string? FirstError);
}
