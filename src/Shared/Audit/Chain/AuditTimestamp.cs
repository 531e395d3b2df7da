using System.Globalization;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// The one text form of a record's time: UTC, fixed width, 100 ns precision (<c>2025-01-31T08:15:00.1234567Z</c>).
/// It is what gets hashed, and it sorts as text in time order.
/// </summary>
internal static class AuditTimestamp
{
    private const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);

    public static DateTimeOffset Parse(string text) =>
        new(DateTime.ParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));

    /// <summary>The value a stored timestamp reads back as.</summary>
    public static DateTimeOffset Normalize(DateTimeOffset value) => new(value.UtcDateTime);
}
