using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Redaction;

namespace SreBot.Bot.Agent;

/// <summary>
/// How anything that is not ours reaches the model: <c>{"untrusted_data":{"source":"srebot:logs_search","status":"ok","content":…}}</c>,
/// redacted once more. The system prompt says that instructions inside <c>untrusted_data</c> are data.
/// </summary>
public static class UntrustedData
{
    public const string Property = "untrusted_data";

    public static string Wrap(string source, string status, JsonNode? content)
    {
        var wrapped = new JsonObject
        {
            [Property] = new JsonObject
            {
                ["source"] = source,
                ["status"] = status,
                ["content"] = content,
            },
        };
        return SecretRedactor.Redact(wrapped.ToJsonString());
    }

    /// <summary>Every string in <paramref name="element"/>, decoded, for the instruction check.</summary>
    public static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
