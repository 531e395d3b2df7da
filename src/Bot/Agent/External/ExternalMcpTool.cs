using System.Text.Json;
using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;
using SreBot.McpServer.CallPath;
using SreBot.Shared.Policy;

namespace SreBot.Bot.Agent.External;

/// <summary>
/// An allow-listed tool of an external MCP server, as policy sees it: read-only unless configured as a write tool
/// (the server's own hints are ignored), and targeted at a resource or resource group when its schema says so.
/// </summary>
public sealed record ExternalMcpTool(string Server, Tool ProtocolTool, bool IsWrite)
{
    public const string ReasonParameter = "reason";

    /// <summary><c>&lt;server&gt;__&lt;tool&gt;</c>: the function name the model sees.</summary>
    public string FunctionName => ExternalToolNames.Function(Server, ProtocolTool.Name);

    /// <summary><c>external:&lt;server&gt;/&lt;tool&gt;</c>: the name in policy decisions, audit records and approvals.</summary>
    public string Source => ExternalToolNames.Source(Server, ProtocolTool.Name);

    public ToolDescriptor Descriptor => new(Source, !IsWrite, ToolDescriptors.FromSchema(ProtocolTool).Target);

    /// <summary>
    /// A write needs a reason for its approver. When the server's tool takes none, SreBot adds a <c>reason</c> parameter
    /// to the schema the model sees and removes it again before the call reaches the server.
    /// </summary>
    public bool AddsReason => IsWrite && !HasProperty(ProtocolTool.InputSchema, ReasonParameter);

    public JsonElement InputSchema => AddsReason ? WithReason(ProtocolTool.InputSchema) : ProtocolTool.InputSchema;

    /// <summary>The arguments as the server expects them.</summary>
    public IReadOnlyDictionary<string, object?> ServerArguments(IDictionary<string, JsonElement>? arguments)
        => (arguments ?? new Dictionary<string, JsonElement>())
            .Where(p => !(AddsReason && p.Key == ReasonParameter))
            .ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal);

    private static bool HasProperty(JsonElement schema, string name)
        => schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out var properties)
           && properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(name, out _);

    private static JsonElement WithReason(JsonElement schema)
    {
        var root = JsonNode.Parse(schema.GetRawText()) as JsonObject ?? new JsonObject { ["type"] = "object" };
        if (root["properties"] is not JsonObject properties)
        {
            properties = [];
            root["properties"] = properties;
        }

        properties[ReasonParameter] = new JsonObject
        {
            ["type"] = "string",
            ["description"] = "Why this change is needed, for the person who approves it (1 to 500 characters).",
        };
        if (root["required"] is not JsonArray required)
        {
            required = [];
            root["required"] = required;
        }

        required.Add(ReasonParameter);
        return JsonSerializer.SerializeToElement(root);
    }
}
