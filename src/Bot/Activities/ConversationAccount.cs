using System.Text.Json.Serialization;

namespace SreBot.Bot.Activities;

/// <summary>The conversation an activity belongs to: <c>personal</c>, <c>groupChat</c> or <c>channel</c>.</summary>
public sealed record ConversationAccount(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("conversationType")] string? ConversationType = null,
    [property: JsonPropertyName("tenantId")] string? TenantId = null,
    [property: JsonPropertyName("isGroup")] bool? IsGroup = null);
