using System.Text.Json.Serialization;

namespace SreBot.Bot.Activities;

/// <summary>A user or bot on a channel. In Teams <see cref="Id"/> is the channel-specific id (29:…) and <see cref="AadObjectId"/> the Entra object id.</summary>
public sealed record ChannelAccount(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("aadObjectId")] string? AadObjectId = null,
    [property: JsonPropertyName("role")] string? Role = null);
