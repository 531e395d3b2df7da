using System.Text.Json;
using System.Text.Json.Serialization;

namespace SreBot.Bot.Activities;

/// <summary>An entity on an activity, e.g. a <c>mention</c> (its other fields stay as received).</summary>
public sealed record Entity([property: JsonPropertyName("type")] string Type)
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }
}
