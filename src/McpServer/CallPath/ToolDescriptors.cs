using System.Text.Json;
using ModelContextProtocol.Protocol;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// Reads what policy needs from a tool's MCP declaration: read-only only when the tool says so explicitly,
/// and the target kind from its parameters (<c>resourceId</c> or <c>resourceGroup</c>).
/// </summary>
public static class ToolDescriptors
{
    public const string ResourceIdParameter = "resourceId";
    public const string ResourceGroupParameter = "resourceGroup";
    public const string SubscriptionParameter = "subscription";

    public static ToolDescriptor From(Tool tool)
        => new(tool.Name, tool.Annotations?.ReadOnlyHint == true, TargetOf(tool.InputSchema));

    public static ToolTarget TargetArguments(ToolDescriptor tool, IDictionary<string, JsonElement>? arguments) => tool.Target switch
    {
        TargetKind.Resource => new ToolTarget(StringArgument(arguments, ResourceIdParameter)),
        TargetKind.ResourceGroup => new ToolTarget(StringArgument(arguments, ResourceGroupParameter), StringArgument(arguments, SubscriptionParameter)),
        _ => ToolTarget.None,
    };

    private static TargetKind TargetOf(JsonElement inputSchema)
    {
        if (inputSchema.ValueKind != JsonValueKind.Object || !inputSchema.TryGetProperty("properties", out var properties))
        {
            return TargetKind.None;
        }

        return properties.TryGetProperty(ResourceIdParameter, out _) ? TargetKind.Resource
            : properties.TryGetProperty(ResourceGroupParameter, out _) ? TargetKind.ResourceGroup
            : TargetKind.None;
    }

    // A non-string target is passed on as its raw JSON so that parsing rejects it rather than it being ignored.
    private static string? StringArgument(IDictionary<string, JsonElement>? arguments, string name)
        => arguments is not null && arguments.TryGetValue(name, out var value)
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;
}
