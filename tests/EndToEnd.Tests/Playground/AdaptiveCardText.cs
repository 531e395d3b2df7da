using System.Text.Json;
using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>Every string in a card (text blocks, fact titles and values, button titles), one per line, for assertions on what a person reads.</summary>
public static class AdaptiveCardText
{
    public static string Of(JsonNode? card)
    {
        var lines = new List<string>();
        Collect(card, lines);
        return string.Join('\n', lines);
    }

    private static void Collect(JsonNode? node, List<string> lines)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, value) in obj)
                {
                    Collect(value, lines);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Collect(item, lines);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                lines.Add(value.GetValue<string>());
                break;
        }
    }
}
