using System.Globalization;

namespace SreBot.Bot.Investigation;

/// <summary>
/// How to show the values of one metric: one scale for all of them, chosen from the largest, so that
/// "0.9 GB → 3.1 GB" compare at a glance. Bytes in binary multiples (KB, MB, GB), seconds as ms below 10 s,
/// nanocores as cores. Used by the card's metric rows and the analyzers' evidence alike.
/// </summary>
public sealed record MetricScale(double Divisor, string Format, string Suffix)
{
    private const double KiB = 1024;
    private const double MiB = KiB * 1024;
    private const double GiB = MiB * 1024;
    private const double TiB = GiB * 1024;

    public static MetricScale For(string? unit, double largest) => (unit ?? string.Empty).ToUpperInvariant() switch
    {
        "BYTES" => Bytes(largest, string.Empty),
        "BYTESPERSECOND" => Bytes(largest, "/s"),
        "SECONDS" => largest < 10 ? new(0.001, "#,0", " ms") : new(1, "#,0.#", " s"),
        "MILLISECONDS" => largest < 10_000 ? new(1, "#,0", " ms") : new(1000, "#,0.#", " s"),
        "PERCENT" => new(1, "0.#", " %"),
        "COUNT" => new(1, "#,0.#", string.Empty),
        "COUNTPERSECOND" => new(1, "#,0.#", "/s"),
        "NANOCORES" => new(1e9, "0.##", " cores"),
        _ => new(1, "#,0.##", string.IsNullOrWhiteSpace(unit) ? string.Empty : " " + unit),
    };

    /// <summary>The scale for a set of values: chosen from the largest finite magnitude among them.</summary>
    public static MetricScale For(string? unit, params double?[] values)
        => For(unit, values.Where(v => v is { } x && double.IsFinite(x)).Select(v => Math.Abs(v!.Value)).DefaultIfEmpty(0).Max());

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
