using System.Text.Json;
using ModelContextProtocol;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// Checks arguments against the JSON types a tool declares in its input schema (generated from the tool method's parameters):
/// every required argument is present and not null, and each argument given has its declared type (an <c>integer</c> is a whole number).
/// </summary>
public static class ToolArgumentSchema
{
    /// <exception cref="McpException">An argument is missing or has the wrong type; the message names it.</exception>
    public static void Check(JsonElement inputSchema, IDictionary<string, JsonElement>? arguments)
    {
        if (inputSchema.ValueKind != JsonValueKind.Object || !inputSchema.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var required = inputSchema.TryGetProperty("required", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        foreach (var property in properties.EnumerateObject())
        {
            var types = DeclaredTypes(property.Value);
            if (arguments is null || !arguments.TryGetValue(property.Name, out var value) || (value.ValueKind == JsonValueKind.Null && !types.Contains("null")))
            {
                if (required.Contains(property.Name))
                {
                    throw new McpException($"'{property.Name}' is required.");
                }

                continue;
            }

            if (types.Count > 0 && !types.Any(type => Matches(type, value)))
            {
                throw new McpException($"'{property.Name}' must be {string.Join(" or ", types.Select(Describe))}.");
            }
        }
    }

    private static List<string> DeclaredTypes(JsonElement property)
        => property.TryGetProperty("type", out var type) ? type.ValueKind switch
        {
            JsonValueKind.String => [type.GetString()!],
            JsonValueKind.Array => [.. type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!)],
            _ => [],
        } : [];

    private static bool Matches(string type, JsonElement value) => type switch
    {
        "string" => value.ValueKind == JsonValueKind.String,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
        "number" => value.ValueKind == JsonValueKind.Number,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" => value.ValueKind == JsonValueKind.Object,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => true,
    };

    private static string Describe(string type) => type switch
    {
        "integer" => "a whole number",
        "number" => "a number",
        "string" => "a string",
        "boolean" => "true or false",
        "array" => "an array",
        "object" => "an object",
        _ => type,
    };
}
