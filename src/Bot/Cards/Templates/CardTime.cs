using System.Globalization;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// Times on cards: UTC, to the minute, unambiguous in every locale ("2026-05-01 10:32 UTC"), and relative to the caller's
/// now ("12 min ago", "in 25 min"). Templates take <c>now</c> from the caller's <see cref="TimeProvider"/>.
/// </summary>
public static class CardTime
{
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? time) => time is { } t ? Format(t) : "—";

    /// <summary>"2026-05-01 07:32 UTC (3 h ago)".</summary>
    public static string Format(DateTimeOffset time, DateTimeOffset now) => $"{Format(time)} ({Relative(time, now)})";

    public static string Format(DateTimeOffset? time, DateTimeOffset now) => time is { } t ? Format(t, now) : "—";

    /// <summary>"10:46 UTC" when on <paramref name="now"/>'s UTC day, else the full <see cref="Format(DateTimeOffset)"/>.</summary>
    public static string Clock(DateTimeOffset time, DateTimeOffset now)
        => time.UtcDateTime.Date == now.UtcDateTime.Date
            ? time.UtcDateTime.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : Format(time);

    /// <summary>"just now", "12 min ago", "3 h 5 min ago", "2 days ago"; for a time ahead of now "in 25 min".</summary>
    public static string Relative(DateTimeOffset time, DateTimeOffset now)
    {
        var difference = now - time;
        var ahead = difference < TimeSpan.Zero;
        var span = ahead ? difference.Negate() : difference;
        var minutes = (long)span.TotalMinutes;
        if (minutes < 1)
        {
            return ahead ? "in under a minute" : "just now";
        }

        var amount = minutes switch
        {
            < 60 => string.Create(CultureInfo.InvariantCulture, $"{minutes} min"),
            < 24 * 60 when minutes % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h"),
            < 24 * 60 => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60} h {minutes % 60} min"),
            < 2 * 24 * 60 => "1 day",
            _ => string.Create(CultureInfo.InvariantCulture, $"{minutes / (24 * 60)} days"),
        };
        return ahead ? $"in {amount}" : $"{amount} ago";
    }
}
