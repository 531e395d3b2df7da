using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SreBot.McpServer.Tools;
using SreBot.Shared.Approvals;
using SreBot.Shared.Identity;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// Carries out an approved action: the stored arguments, as the requester, through <see cref="ToolCallPath"/>,
/// invoking the same tool method the MCP server exposes (bound the same way, through an <see cref="AIFunction"/>), or,
/// for a tool of an external MCP server, the binding an <see cref="IExternalToolResolver"/> gives. The requester acts with the roles
/// they hold now (<see cref="Approval.RequesterRolesNow"/>).
/// </summary>
public sealed class ApprovedActionRunner(IServiceProvider services, ToolCallPath callPath, ILocalRoleStore localRoles, IEnumerable<IExternalToolResolver> externalTools)
    : IApprovedActionRunner
{
    private readonly Lazy<IReadOnlyDictionary<string, (McpServerTool Tool, MethodInfo Method)>> _tools = new(() => FindTools(services));

    public async Task<ApprovedActionResult> RunAsync(Approval approval, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(approval.Arguments);
        var arguments = document.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
        ToolDescriptor descriptor;
        Func<CancellationToken, ValueTask<CallToolResult>> provider;
        if (_tools.Value.TryGetValue(approval.Tool, out var entry))
        {
            descriptor = ToolDescriptors.From(entry.Tool);
            provider = token => InvokeAsync(entry.Method, arguments, token);
        }
        else if (await ResolveExternalAsync(approval.Tool, cancellationToken) is { } external)
        {
            descriptor = external.Descriptor;
            provider = token => external.InvokeAsync(arguments, token);
        }
        else
        {
            return new ApprovedActionResult(false, $"The tool '{approval.Tool}' no longer exists; nothing was run.");
        }

        // The requester's roles now, not as stored: a role the local table granted and has since lost no longer counts, so the
        // call path's role check refuses the action. (The approver's roles were checked a moment ago, by the decision.)
        var requester = new CallerIdentity(approval.RequestedBy, approval.RequesterRolesNow(await localRoles.GetRolesAsync(approval.RequestedBy, cancellationToken)), "approval");
        var result = await callPath.RunApprovedAsync(requester, descriptor, arguments, approval.Id, provider, cancellationToken);

        // People read the result on cards and in the API: the estate's own sentence when there is one.
        var text = result.StructuredContent is { } structured && structured.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String
            ? message.GetString()!
            : string.Join('\n', result.Content.OfType<TextContentBlock>().Select(b => b.Text));
        return new ApprovedActionResult(result.IsError != true, text);
    }

    private async Task<ExternalToolBinding?> ResolveExternalAsync(string tool, CancellationToken cancellationToken)
    {
        foreach (var resolver in externalTools)
        {
            if (await resolver.ResolveAsync(tool, cancellationToken) is { } binding)
            {
                return binding;
            }
        }

        return null;
    }

    private async ValueTask<CallToolResult> InvokeAsync(MethodInfo method, Dictionary<string, JsonElement> arguments, CancellationToken cancellationToken)
    {
        var function = AIFunctionFactory.Create(
            method,
            _ => ActivatorUtilities.CreateInstance(services, method.DeclaringType!),
            new AIFunctionFactoryOptions { SerializerOptions = ToolJson.Options });
        var value = await function.InvokeAsync(new AIFunctionArguments(arguments.ToDictionary(p => p.Key, p => (object?)p.Value)) { Services = services }, cancellationToken);
        var element = JsonSerializer.SerializeToElement(value, ToolJson.Options);
        return new CallToolResult { StructuredContent = element, Content = [new TextContentBlock { Text = element.GetRawText() }] };
    }

    private static IReadOnlyDictionary<string, (McpServerTool, MethodInfo)> FindTools(IServiceProvider services)
    {
        var methods = typeof(ApprovedActionRunner).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<McpServerToolTypeAttribute>() is not null)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<McpServerToolAttribute>()))
            .Where(m => m.Attribute?.Name is not null)
            .ToDictionary(m => m.Attribute!.Name!, m => m.Method, StringComparer.Ordinal);

        return services.GetServices<McpServerTool>()
            .Where(tool => methods.ContainsKey(tool.ProtocolTool.Name))
            .ToDictionary(tool => tool.ProtocolTool.Name, tool => (tool, methods[tool.ProtocolTool.Name]), StringComparer.Ordinal);
    }
}
