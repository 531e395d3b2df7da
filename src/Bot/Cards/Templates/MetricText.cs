using SreBot.Bot.Investigation;

namespace SreBot.Bot.Cards.Templates;

/// <summary>One metric as a line of text: "0.9 GB → 3.1 GB (max 3.2 GB)".</summary>
internal static class MetricText
{
    public static string Describe(MetricHighlight metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        var scale = MetricScale.For(metric.Unit, metric.First, metric.Last, metric.Maximum);
        return $"{scale.Show(metric.First)} → {scale.Show(metric.Last)} (max {scale.Show(metric.Maximum)})";
    }
}
