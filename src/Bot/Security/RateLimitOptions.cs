using System.ComponentModel.DataAnnotations;

namespace SreBot.Bot.Security;

/// <summary>Per-caller request limits (section <c>RateLimits</c>): a token bucket per signed-in user, or per address when anonymous.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>Sustained requests per second per caller.</summary>
    [Range(1, 1_000_000)]
    public int PermitsPerSecond { get; set; } = 50;

    /// <summary>Requests a caller may make at once above the sustained rate.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 300;
}
