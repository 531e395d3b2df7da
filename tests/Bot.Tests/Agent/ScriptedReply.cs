using System.Text.Json;
using System.Text.Json.Nodes;

namespace SreBot.Bot.Tests.Agent;

/// <summary>A scripted chat completion: text, or tool calls; with token usage.</summary>
public sealed record ScriptedReply(string? Content, IReadOnlyList<(string Name, object Arguments)> ToolCalls, int PromptTokens = 100, int CompletionTokens = 20)
{
    /// <summary>An HTTP status other than 200, with an OpenAI-style error body (e.g. 400 for a rejected request).</summary>
    public int Status { get; init; } = 200;

    public static ScriptedReply Error(int status, string message) => new(message, []) { Status = status };

    public static ScriptedReply Text(string content, int promptTokens = 100, int completionTokens = 20) => new(content, [], promptTokens, completionTokens);

    public static ScriptedReply Call(string name, object arguments, int promptTokens = 100, int completionTokens = 20) => new(null, [(name, arguments)], promptTokens, completionTokens);

    public JsonObject ToJson(string? model)
    {
        if (Status != 200)
        {
            return new JsonObject { ["error"] = new JsonObject { ["message"] = Content, ["type"] = "invalid_request_error", ["code"] = null } };
        }

        var message = new JsonObject { ["role"] = "assistant", ["content"] = Content };
        if (ToolCalls.Count > 0)
        {
            message["tool_calls"] = new JsonArray([.. ToolCalls.Select(c => (JsonNode)new JsonObject
            {
                ["id"] = $"call_{Guid.NewGuid():N}",
                ["type"] = "function",
                ["function"] = new JsonObject { ["name"] = c.Name, ["arguments"] = JsonSerializer.Serialize(c.Arguments) },
            })]);
        }

        return new JsonObject
        {
            ["id"] = $"chatcmpl-{Guid.NewGuid():N}",
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = model ?? "scripted",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = message,
                ["finish_reason"] = ToolCalls.Count > 0 ? "tool_calls" : "stop",
            }),
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = PromptTokens,
                ["completion_tokens"] = CompletionTokens,
                ["total_tokens"] = PromptTokens + CompletionTokens,
            },
        };
    }
}
