using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace SreBot.Bot.Cards;

/// <summary>
/// The one set of serializer options for cards: camelCase names as in the Adaptive Card schema, enums as camelCase
/// strings (<c>extraLarge</c>, <c>bolder</c>), nulls omitted.
/// </summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static JsonObject ToJsonObject<T>(T value) where T : class =>
        JsonSerializer.SerializeToNode(value, Options)?.AsObject()
        ?? throw new InvalidOperationException($"{typeof(T).Name} serialised to null.");

    public static JsonElement ToJsonElement<T>(T value) where T : class =>
        JsonSerializer.SerializeToElement(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
