using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SreBot.Shared.Redaction;

namespace SreBot.McpServer.CallPath;

/// <summary>Applies <see cref="SecretRedactor"/> to every string a tool result carries, in text and structured content.</summary>
public static class ToolResultRedaction
{
    public static CallToolResult Redact(CallToolResult result)
    {
        foreach (var block in result.Content.OfType<TextContentBlock>())
        {
            block.Text = SecretRedactor.Redact(block.Text);
        }

        // Every string is redacted in decoded form (a secret written with JSON escapes might not be recognised in the raw
        // text); the tree is rebuilt only when some string could hold a secret, which keeps the common case cheap.
        if (result.StructuredContent is { } structured && Strings(structured).Any(SecretRedactor.MayContainSecret))
        {
            var node = JsonNode.Parse(structured.GetRawText());
            result.StructuredContent = JsonSerializer.SerializeToElement(RedactStrings(node));
        }

        return result;
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    // Builds a new tree: nodes cannot be moved between parents.
    private static JsonNode? RedactStrings(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, RedactStrings(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(RedactStrings)]),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => JsonValue.Create(SecretRedactor.Redact(value.GetValue<string>())),
        _ => node?.DeepClone(),
    };
}
