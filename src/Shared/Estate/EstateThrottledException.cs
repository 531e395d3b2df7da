using System.Globalization;

namespace SreBot.Shared.Estate;

/// <summary>The estate is throttling SreBot's requests; it may be asked again after <see cref="RetryAfter"/>.</summary>
public sealed class EstateThrottledException(TimeSpan retryAfter)
    : EstateException(string.Create(CultureInfo.InvariantCulture, $"Throttled: the estate is limiting requests; try again in {Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))} seconds."))
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
