using System.Text;
using System.Text.Json;

namespace SreBot.Shared.Serialization;

/// <summary>
/// One JSON text per value: object keys sorted ordinally at every depth, no whitespace. Used wherever
/// arguments are hashed or compared, so order and spacing never change the answer.
/// </summary>
public static class CanonicalJson
{
    public static string Write(IEnumerable<KeyValuePair<string, JsonElement>>? arguments)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in (arguments ?? []).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WritePropertyName(name);
                WriteValue(writer, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Canonical form of a JSON object; anything that is not an object counts as no arguments.</summary>
    public static string Write(JsonElement arguments)
        => Write(arguments.ValueKind == JsonValueKind.Object ? arguments.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value)) : null);

    private static void WriteValue(Utf8JsonWriter writer, JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                writer.WriteStartObject();
                foreach (var property in value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in value.EnumerateArray())
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }
}
