namespace SreBot.Shared.Estate.Azure;

/// <summary>
/// The interval a metrics query is sent with: Azure Monitor answers only at a metric's own time grains (its definition's
/// <c>metricAvailabilities</c>; PT2M is a 400), so the asked interval is rounded up to the smallest grain every chosen metric
/// offers, or the largest common one when the interval is larger than all; unchanged when the definitions list no grains.
/// </summary>
internal static class AzureMetricIntervals
{
    public static TimeSpan Choose(TimeSpan asked, IEnumerable<AzureMetricDefinition> chosen)
    {
        IEnumerable<TimeSpan>? common = null;
        foreach (var definition in chosen.Where(d => d.TimeGrains.Count > 0))
        {
            common = common is null ? definition.TimeGrains : common.Intersect(definition.TimeGrains);
        }

        var grains = common?.Order().ToList() ?? [];
        if (grains.Count == 0)
        {
            return asked;
        }

        return grains.FirstOrDefault(g => g >= asked) is var up && up > TimeSpan.Zero ? up : grains[^1];
    }
}
