using System.Text.Json;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>The string values of a JSON document, decoded and with Markdown escapes removed, joined by newlines.</summary>
public static class JsonText
{
    public static string Strings(JsonElement element)
    {
        var values = new List<string>();
        Collect(element, values);
        return string.Join('\n', values).Replace("\\", string.Empty, StringComparison.Ordinal);
    }

    private static void Collect(JsonElement element, List<string> values)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                values.Add(element.GetString()!);
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, values);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, values);
                }

                break;
        }
    }
}
