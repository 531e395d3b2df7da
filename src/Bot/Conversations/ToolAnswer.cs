using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SreBot.Bot.Investigation;

namespace SreBot.Bot.Conversations;

/// <summary>A tool's answer as the conversation uses it: the structured result when it succeeded, or the refusal/error text.</summary>
public sealed record ToolAnswer(bool Succeeded, JsonElement? Result, string Text)
{
    public static Task<ToolAnswer> CallAsync(McpClient client, string tool, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
        => CallAsync(client, tool, arguments, null, cancellationToken);

    /// <summary>Calls the tool through the MCP session; when a <paramref name="recorder"/> is given, the call is timed and recorded as a trace step.</summary>
    public static async Task<ToolAnswer> CallAsync(
        McpClient client, string tool, IReadOnlyDictionary<string, object?> arguments, ToolCallRecorder? recorder, CancellationToken cancellationToken)
    {
        if (recorder is null)
        {
            return await InvokeAsync(client, tool, arguments, cancellationToken);
        }

        var started = recorder.Start();
        try
        {
            var answer = await InvokeAsync(client, tool, arguments, cancellationToken);
            recorder.Record(tool, arguments, started, answer);
            return answer;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            recorder.RecordFailure(tool, arguments, started, exception);
            throw;
        }
    }

    private static async Task<ToolAnswer> InvokeAsync(McpClient client, string tool, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        var result = await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
        var text = string.Join('\n', result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        return new ToolAnswer(result.IsError != true, result.StructuredContent, text);
    }
}
