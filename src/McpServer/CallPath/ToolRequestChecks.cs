using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;
using SreBot.McpServer.Tools;

namespace SreBot.McpServer.CallPath;

/// <summary>
/// What the call path checks before it turns a write call into an approval: the arguments against the tool's declared schema
/// (<see cref="ToolArgumentSchema"/>), then the tool's own <see cref="RequestCheckAttribute"/> method (ranges, the target exists and
/// has the right type), bound from the arguments the same way the tool is. Throws what the tool would; nothing is changed.
/// </summary>
public sealed class ToolRequestChecks(IServiceProvider services)
{
    private readonly Lazy<IReadOnlyDictionary<string, MethodInfo>> _checks = new(FindChecks);

    public async ValueTask CheckAsync(Tool tool, IDictionary<string, JsonElement>? arguments, CancellationToken cancellationToken)
    {
        ToolArgumentSchema.Check(tool.InputSchema, arguments);
        if (!_checks.Value.TryGetValue(tool.Name, out var method))
        {
            return;
        }

        var function = AIFunctionFactory.Create(
            method,
            _ => ActivatorUtilities.CreateInstance(services, method.DeclaringType!),
            new AIFunctionFactoryOptions { SerializerOptions = ToolJson.Options });
        var values = (arguments ?? new Dictionary<string, JsonElement>()).ToDictionary(p => p.Key, p => (object?)p.Value);
        await function.InvokeAsync(new AIFunctionArguments(values) { Services = services }, cancellationToken);
    }

    private static IReadOnlyDictionary<string, MethodInfo> FindChecks()
        => typeof(ToolRequestChecks).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<McpServerToolTypeAttribute>() is not null)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<RequestCheckAttribute>()))
            .Where(m => m.Attribute is not null)
            .ToDictionary(m => m.Attribute!.Tool, m => m.Method, StringComparer.Ordinal);
}
