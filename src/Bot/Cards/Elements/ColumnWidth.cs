using System.Text.Json.Serialization;

namespace SreBot.Bot.Cards.Elements;

/// <summary>A column's width: <c>"auto"</c> (fit the content), <c>"stretch"</c> (share the rest) or a relative weight.</summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public sealed record ColumnWidth
{
    private ColumnWidth(string? keyword, int? weight)
    {
        Keyword = keyword;
        RelativeWeight = weight;
    }

    public static ColumnWidth Auto { get; } = new("auto", null);

    public static ColumnWidth Stretch { get; } = new("stretch", null);

    internal string? Keyword { get; }

    internal int? RelativeWeight { get; }

    public static ColumnWidth Weight(int weight) =>
        weight > 0 ? new(null, weight) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "A column weight is positive.");
}
