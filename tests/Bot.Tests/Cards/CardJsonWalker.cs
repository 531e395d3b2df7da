using System.Text.Json.Nodes;

namespace SreBot.Bot.Tests.Cards;

/// <summary>Lists every string value of a card's JSON with its path and owner.</summary>
public static class CardJsonWalker
{
    public static IReadOnlyList<CardStringLeaf> Strings(JsonNode card)
    {
        List<CardStringLeaf> leaves = [];
        Walk(card, "$", property: "", owner: null, inFacts: false, leaves);
        return leaves;
    }

    /// <summary>The display texts (TextBlock text, fact titles and values) in document order.</summary>
    public static IReadOnlyList<string> DisplayTexts(JsonNode card) =>
        [.. Strings(card).Where(s => s.IsDisplayText).Select(s => s.Value)];

    /// <summary>Every object in the card whose <c>type</c> is <paramref name="type"/>.</summary>
    public static IReadOnlyList<JsonObject> ObjectsOfType(JsonNode card, string type)
    {
        List<JsonObject> found = [];
        Collect(card, type, found);
        return found;
    }

    private static void Walk(JsonNode? node, string path, string property, JsonObject? owner, bool inFacts, List<CardStringLeaf> leaves)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    Walk(child, $"{path}.{name}", name, obj, inFacts, leaves);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}[{i}]", property, owner, property == "facts", leaves);
                }

                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                var ownerType = owner?["type"]?.GetValue<string>();
                leaves.Add(new CardStringLeaf(path, property, ownerType, inFacts && ownerType is null, text));
                break;
        }
    }

    private static void Collect(JsonNode? node, string type, List<JsonObject> found)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue t && t.TryGetValue<string>(out var value) && value == type)
                {
                    found.Add(obj);
                }

                foreach (var (_, child) in obj)
                {
                    Collect(child, type, found);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Collect(child, type, found);
                }

                break;
        }
    }
}
