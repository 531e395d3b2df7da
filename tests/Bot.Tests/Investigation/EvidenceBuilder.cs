using SreBot.Bot.Investigation;
using SreBot.Shared.Estate;

namespace SreBot.Bot.Tests.Investigation;

/// <summary>Hand-made evidence for analyzer unit tests: an hour of one-minute points ending at <see cref="Now"/>.</summary>
public sealed class EvidenceBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    private const int Minutes = 60;

    private readonly List<MetricTrend> _metrics = [];

    private readonly List<LogEntry> _errors = [];

    private readonly List<ChangeEvent> _changes = [];

    private string _healthState = "Available";

    private string _healthSummary = "There aren't any known Azure platform problems affecting this resource.";

    /// <summary>A metric whose value at minute <c>m</c> (0 = an hour ago, 59 = now) is <paramref name="valueAt"/>(m); replaces one of the same name.</summary>
    public EvidenceBuilder Metric(string name, string unit, Func<int, double> valueAt)
    {
        _metrics.RemoveAll(m => m.Name == name);
        _metrics.Add(new MetricTrend(name, unit, [.. Enumerable.Range(0, Minutes).Select(m => new MetricPoint(MinuteTime(m), valueAt(m)))]));
        return this;
    }

    public EvidenceBuilder Errors(int count, string message, int fromMinute = 0)
    {
        _errors.AddRange(Enumerable.Range(0, count).Select(i => new LogEntry(MinuteTime(fromMinute + (i % (Minutes - fromMinute))), LogSeverity.Error, message, "app")));
        return this;
    }

    public EvidenceBuilder Deployment(int minute, string description = "Deployment of checkout-api 4.19.0 succeeded.")
    {
        _changes.Add(new ChangeEvent(MinuteTime(minute), "Microsoft.Web/sites/deployments/write", "Succeeded", "deploy-pipeline", description));
        return this;
    }

    public EvidenceBuilder Health(string state, string summary)
    {
        (_healthState, _healthSummary) = (state, summary);
        return this;
    }

    public Evidence Build()
        => new(
            "app-checkout-api",
            3,
            Now,
            _healthState,
            _healthSummary,
            _metrics,
            [.. _errors.GroupBy(e => e.Message).Select(g => new LogHighlight(g.Key, g.Count())).OrderByDescending(h => h.Count)],
            [.. _errors.OrderByDescending(e => e.TimeGenerated)],
            _errors.Count,
            [.. _changes.OrderByDescending(c => c.Time)]);

    public static DateTimeOffset MinuteTime(int minute) => Now.AddMinutes(minute - Minutes + 1);
}
