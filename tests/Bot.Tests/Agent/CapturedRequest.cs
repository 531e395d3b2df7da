using System.Text.Json;

namespace SreBot.Bot.Tests.Agent;

/// <summary>One request the scripted model received.</summary>
public sealed record CapturedRequest(string Path, string Authorization, string ApiKey, JsonElement Body)
{
    /// <summary>The contents of every message with the <c>tool</c> role, in order.</summary>
    public IReadOnlyList<string> ToolMessages => [.. Body.GetProperty("messages").EnumerateArray()
        .Where(m => m.GetProperty("role").GetString() == "tool")
        .Select(m => m.GetProperty("content").ValueKind == JsonValueKind.String ? m.GetProperty("content").GetString()! : m.GetProperty("content").GetRawText())];

    public IReadOnlyList<string> ToolNames => Body.TryGetProperty("tools", out var tools)
        ? [.. tools.EnumerateArray().Select(t => t.GetProperty("function").GetProperty("name").GetString()!)]
        : [];
}
