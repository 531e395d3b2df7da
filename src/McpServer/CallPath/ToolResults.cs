using ModelContextProtocol.Protocol;

namespace SreBot.McpServer.CallPath;

/// <summary>Tool results the call path produces itself (refusals and errors), as text the model can read.</summary>
public static class ToolResults
{
    public static CallToolResult Refusal(string reason) => Error($"Refused: {reason}");

    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };
}
