using System.Globalization;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// How to show the values of one metric: one scale for all of them, chosen from the largest, so that
/// "0.9 GB → 3.1 GB" compare at a glance. Bytes in binary multiples (KB, MB, GB), seconds as ms below 10 s.
/// </summary>
internal sealed record MetricScale(double Divisor, string Format, string Suffix)
{
    private const double KiB = 1024;
    private const double MiB = KiB * 1024;
    private const double GiB = MiB * 1024;
    private const double TiB = GiB * 1024;

    public static MetricScale For(string unit, double largest) => unit.ToUpperInvariant() switch
    {
        "BYTES" => Bytes(largest, string.Empty),
        "BYTESPERSECOND" => Bytes(largest, "/s"),
        "SECONDS" => largest < 10 ? new(0.001, "#,0", " ms") : new(1, "#,0.#", " s"),
        "MILLISECONDS" => largest < 10_000 ? new(1, "#,0", " ms") : new(1000, "#,0.#", " s"),
        "PERCENT" => new(1, "0.#", " %"),
        "COUNT" => new(1, "#,0.#", string.Empty),
        "COUNTPERSECOND" => new(1, "#,0.#", "/s"),
        _ => new(1, "#,0.##", string.IsNullOrWhiteSpace(unit) ? string.Empty : " " + unit),
    };

    public string Show(double? value) =>
        value is { } v && double.IsFinite(v) ? (v / Divisor).ToString(Format, CultureInfo.InvariantCulture) + Suffix : "n/a";

    private static MetricScale Bytes(double largest, string perSecond) => largest switch
    {
        >= TiB => new(TiB, "#,0.##", " TB" + perSecond),
        >= GiB => new(GiB, "0.0#", " GB" + perSecond),
        >= MiB => new(MiB, "#,0.#", " MB" + perSecond),
        >= KiB => new(KiB, "#,0", " KB" + perSecond),
        _ => new(1, "#,0", " B" + perSecond),
    };
}
