using System.Globalization;
using System.Text.Json;

namespace SreBot.Shared.Estate.Azure;

/// <summary>Tolerant readers for ARM JSON: a missing or differently typed property reads as null.</summary>
internal static class AzureJson
{
    private const int MaxStringChars = 2_000;

    public static string? String(JsonElement element, params string[] path)
    {
        var value = Walk(element, path);
        if (value is not { ValueKind: JsonValueKind.String } text)
        {
            return null;
        }

        var s = text.GetString();
        return s is { Length: > MaxStringChars } ? s[..MaxStringChars] : s;
    }

    public static int? Int(JsonElement element, params string[] path)
        => Walk(element, path) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt32(out var i) ? i : null;

    public static double? Double(JsonElement element, params string[] path)
        => Walk(element, path) is { ValueKind: JsonValueKind.Number } n && n.TryGetDouble(out var d) ? d : null;

    public static DateTimeOffset? Time(JsonElement element, params string[] path)
        => String(element, path) is { } s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : null;

    public static JsonElement? Walk(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                return null;
            }
        }

        return current;
    }

    public static IReadOnlyDictionary<string, string> Tags(JsonElement element)
    {
        var tags = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Walk(element, "tags") is { ValueKind: JsonValueKind.Object } map)
        {
            foreach (var tag in map.EnumerateObject().Take(50))
            {
                if (tag.Value.ValueKind == JsonValueKind.String)
                {
                    tags[tag.Name.Length > 512 ? tag.Name[..512] : tag.Name] = String(map, tag.Name) ?? string.Empty;
                }
            }
        }

        return tags;
    }
}
