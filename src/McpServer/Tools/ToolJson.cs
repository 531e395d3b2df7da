using System.Text.Json;
using System.Text.Json.Serialization;
using ModelContextProtocol;

namespace SreBot.McpServer.Tools;

/// <summary>
/// How tool results are serialised: the SDK's options, except that nulls are written out. Output schemas mark every
/// property required, so a result that left out a null field would not match its own schema.
/// </summary>
public static class ToolJson
{
    public static JsonSerializerOptions Options { get; } = new(McpJsonUtilities.DefaultOptions)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
