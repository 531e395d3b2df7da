using System.Globalization;

namespace SreBot.Bot.Investigation.Analyzers;

/// <summary>
/// HTTP 5xx far above its baseline is a symptom worth reporting, with the most frequent exception; error lines without
/// such a rise are reported as noise. Neither names a fix by itself.
/// </summary>
public sealed class ErrorSpikeAnalyzer : IAnalyzer
{
    private const double SpikeRatio = 10;

    private const double MinimumPerMinute = 20;

    public IEnumerable<Finding> Analyze(Evidence evidence)
    {
        var exception = evidence.TopErrors.FirstOrDefault(e => e.Message.Contains("Exception", StringComparison.Ordinal)
            && !e.Message.Contains("client has disconnected", StringComparison.OrdinalIgnoreCase));
        if (evidence.Metric(MetricNames.ServerErrors) is { Baseline: { } baseline, Recent: { } recent } errors
            && recent >= MinimumPerMinute && recent >= SpikeRatio * Math.Max(baseline, 1))
        {
            var observations = new List<string> { $"{Quantity.Change(errors)} per minute since {(errors.Onset is { } onset ? Quantity.Time(onset) : "the start of the window")}" };
            if (exception is not null)
            {
                observations.Add($"most frequent error: {FirstLine(exception.Message)} ({exception.Count}×)");
            }

            yield return new Finding("error-spike", "HTTP 5xx errors rose far above their baseline.", observations, 0.5, null);
            yield break;
        }

        if (evidence.ErrorLines > 0)
        {
            yield return new Finding(
                "log-noise",
                string.Create(CultureInfo.InvariantCulture, $"{evidence.ErrorLines} error log lines in the window, but HTTP 5xx stays at its baseline: noise rather than an incident."),
                [],
                0.1,
                null);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
