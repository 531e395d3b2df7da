using System.Text.Json;
using System.Text.Json.Nodes;

namespace SreBot.Shared.Privacy;

/// <summary>
/// How a personal-data source turns what its store returns into export JSON: the records as they are, with web
/// (camelCase) names. A source shapes the records first (e.g. other people's ids as <see cref="ErasedUser.OtherUser"/>).
/// </summary>
public static class PersonalDataJson
{
    public static JsonNode From<T>(T value) => JsonSerializer.SerializeToNode(value, JsonSerializerOptions.Web)!;
}
