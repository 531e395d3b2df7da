using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace SreBot.Bot.Conversations;

/// <summary>A tool's answer as the conversation uses it: the structured result when it succeeded, or the refusal/error text.</summary>
public sealed record ToolAnswer(bool Succeeded, JsonElement? Result, string Text)
{
    public static async Task<ToolAnswer> CallAsync(McpClient client, string tool, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
        var text = string.Join('\n', result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        return new ToolAnswer(result.IsError != true, result.StructuredContent, text);
    }
}
