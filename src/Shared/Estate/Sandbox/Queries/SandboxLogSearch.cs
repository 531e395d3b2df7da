using SreBot.Shared.Estate.Sandbox.Catalog;
using SreBot.Shared.Estate.Sandbox.Models;
using SreBot.Shared.Estate.Sandbox.Simulation;

namespace SreBot.Shared.Estate.Sandbox.Queries;

/// <summary>A structured log search over the simulated lines, newest first, within the last <see cref="Retention"/>.</summary>
internal static class SandboxLogSearch
{
    public const int MaxTop = 1_000;
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public static LogSearchResult Run(
        SandboxWorld world, SandboxResourceDefinition resource, ISandboxResourceModel model, LogSearchQuery query, CancellationToken cancellationToken)
    {
        if (query.Start >= query.End)
        {
            throw new ArgumentException($"The log search window is empty: Start ({query.Start:O}) must be before End ({query.End:O}).", nameof(query));
        }

        if (query.Top is < 1 or > MaxTop)
        {
            throw new ArgumentException($"Top must be between 1 and {MaxTop:N0}; it was {query.Top}.", nameof(query));
        }

        var text = string.IsNullOrWhiteSpace(query.Text) ? null : query.Text.Trim();
        var from = Max(query.Start, world.Now - Retention);
        var to = Min(query.End, world.Now);
        var matches = new List<LogEntry>();
        for (var minute = SandboxTime.Floor(from, SandboxTime.Minute); minute <= to; minute += SandboxTime.Minute)
        {
            cancellationToken.ThrowIfCancellationRequested();
            matches.AddRange(model.LogsForMinute(resource, minute, world).Concat(world.ExtraLogsForMinute(resource.Id, minute)).Where(e =>
                e.TimeGenerated >= from
                && e.TimeGenerated <= to
                && e.Level >= query.MinimumLevel
                && (text is null || e.Message.Contains(text, StringComparison.OrdinalIgnoreCase))));
        }

        var newestFirst = matches
            .OrderByDescending(e => e.TimeGenerated)
            .ThenBy(e => e.Source, StringComparer.Ordinal)
            .ThenBy(e => e.Message, StringComparer.Ordinal)
            .Take(query.Top)
            .ToList();
        return new LogSearchResult(resource.Id, newestFirst, matches.Count);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
