using System.Globalization;

namespace SreBot.Bot.Cards.Templates;

/// <summary>Times relative to a card's <c>now</c> (from a TimeProvider, never the clock): "3 min ago", "in 14 min", with the UTC time beside.</summary>
internal static class RelativeTime
{
    /// <summary>"just now", "3 min ago", "2 h ago", "4 days ago".</summary>
    public static string Ago(DateTimeOffset time, DateTimeOffset now)
    {
        var elapsed = now - time;
        return elapsed < TimeSpan.FromMinutes(1) ? "just now" : Span(elapsed, floor: true) + " ago";
    }

    /// <summary>"in 14 min", "in 2 h"; "now" when the time has come.</summary>
    public static string Until(DateTimeOffset time, DateTimeOffset now)
    {
        var remaining = time - now;
        return remaining <= TimeSpan.Zero ? "now" : "in " + Span(remaining, floor: false);
    }

    /// <summary>"10:46 UTC" when on <paramref name="now"/>'s UTC day, else the full <see cref="CardTime.Format(DateTimeOffset)"/>.</summary>
    public static string Clock(DateTimeOffset time, DateTimeOffset now)
        => time.UtcDateTime.Date == now.UtcDateTime.Date
            ? time.UtcDateTime.ToString("HH:mm 'UTC'", CultureInfo.InvariantCulture)
            : CardTime.Format(time);

    // Minutes under an hour, hours under two days, then days; past times round down, countdowns up (never "in 0 min").
    private static string Span(TimeSpan span, bool floor)
    {
        static int Round(double value, bool floor) => (int)(floor ? Math.Floor(value) : Math.Ceiling(value));
        if (span < TimeSpan.FromHours(1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, Round(span.TotalMinutes, floor))} min");
        }

        return span < TimeSpan.FromHours(48)
            ? string.Create(CultureInfo.InvariantCulture, $"{Round(span.TotalHours, floor)} h")
            : string.Create(CultureInfo.InvariantCulture, $"{Round(span.TotalDays, floor)} days");
    }
}
