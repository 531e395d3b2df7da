using System.Text.Json;
using ModelContextProtocol.Protocol;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.CallPath;

/// <summary>An external tool as the call path needs it: what policy sees, and how to call it with stored arguments.</summary>
public sealed record ExternalToolBinding(
    ToolDescriptor Descriptor,
    Func<IDictionary<string, JsonElement>, CancellationToken, ValueTask<CallToolResult>> InvokeAsync);
