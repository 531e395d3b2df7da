using System.Text.Json;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SreBot.McpServer.Tools;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// Reads what policy needs from a tool: read-only only when the tool says so explicitly, and the scope target. SreBot's
/// own tools declare their target (<see cref="ScopeTargetAttribute"/> or <see cref="NoScopeTargetAttribute"/>); an
/// external server's tool is targeted by its parameters named <c>resourceId</c> or <c>resourceGroup</c>.
/// </summary>
public static class ToolDescriptors
{
    public const string ResourceIdParameter = "resourceId";
    public const string ResourceGroupParameter = "resourceGroup";
    public const string SubscriptionParameter = "subscription";

    /// <summary>One of SreBot's own tools, by its declared target. A tool that declares none (which the convention tests
    /// refuse) falls back to its parameter names, as an external tool does.</summary>
    public static ToolDescriptor From(McpServerTool tool)
    {
        var readOnly = tool.ProtocolTool.Annotations?.ReadOnlyHint == true;
        if (tool.Metadata.OfType<ScopeTargetAttribute>().FirstOrDefault() is { } declared)
        {
            return new ToolDescriptor(tool.ProtocolTool.Name, readOnly, declared.Kind, declared.Parameter);
        }

        return tool.Metadata.OfType<NoScopeTargetAttribute>().Any()
            ? new ToolDescriptor(tool.ProtocolTool.Name, readOnly, TargetKind.None)
            : FromSchema(tool.ProtocolTool);
    }

    /// <summary>A tool known only by its MCP declaration (an external server's): the target from its parameter names.</summary>
    public static ToolDescriptor FromSchema(Tool tool)
        => new(tool.Name, tool.Annotations?.ReadOnlyHint == true, TargetOf(tool.InputSchema));

    public static ToolTarget TargetArguments(ToolDescriptor tool, IDictionary<string, JsonElement>? arguments) => tool.Target switch
    {
        TargetKind.Resource => new ToolTarget(StringArgument(arguments, tool.TargetParameter ?? ResourceIdParameter)),
        TargetKind.ResourceGroup => new ToolTarget(StringArgument(arguments, tool.TargetParameter ?? ResourceGroupParameter), StringArgument(arguments, SubscriptionParameter)),
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
