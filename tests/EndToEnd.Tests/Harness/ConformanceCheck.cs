using System.Text.Json;
using System.Text.Json.Serialization;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>One entry of a conformance scenario's checks.json.</summary>
public sealed record ConformanceCheck(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("errorMessage")] string? ErrorMessage,
    [property: JsonPropertyName("details")] JsonElement? Details)
{
    public bool Succeeded => Status == "SUCCESS";
}
