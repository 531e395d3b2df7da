using System.Globalization;

namespace SreBot.Bot.Cards.Templates;

/// <summary>Times on cards: UTC, to the minute, unambiguous in every locale ("2026-05-01 10:32 UTC").</summary>
internal static class CardTime
{
    public static string Format(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset? time) => time is { } t ? Format(t) : "—";
}
