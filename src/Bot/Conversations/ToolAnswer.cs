using System.Text.Json;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SreBot.Bot.Investigation;
using SreBot.McpServer.Tools;

namespace SreBot.Bot.Conversations;

/// <summary>A tool's answer as the conversation uses it: the structured result when it succeeded, or the refusal/error text.</summary>
public sealed record ToolAnswer(bool Succeeded, JsonElement? Result, string Text)
{
    /// <summary>The structured result as the tool's own result record (tools serialise it with <see cref="ToolJson.Options"/>).</summary>
    /// <exception cref="InvalidOperationException">The call did not succeed or returned no structured result.</exception>
    public T ResultAs<T>()
        where T : class
        => Succeeded && Result is { } result
            ? result.Deserialize<T>(ToolJson.Options) ?? throw new InvalidOperationException($"The tool answered null instead of a {typeof(T).Name}.")
            : throw new InvalidOperationException("The tool call did not succeed with a structured result.");

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
