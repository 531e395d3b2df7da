using System.Text.Json;
using System.Text.Json.Serialization;

namespace SreBot.Bot.Cards.Elements;

/// <summary>Writes a <see cref="ColumnWidth"/> as the schema wants it: a keyword string or a number.</summary>
internal sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
{
    public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Cards are only written.");

    public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
    {
        if (value.Keyword is not null)
        {
            writer.WriteStringValue(value.Keyword);
        }
        else
        {
            writer.WriteNumberValue(value.RelativeWeight!.Value);
        }
    }
}
