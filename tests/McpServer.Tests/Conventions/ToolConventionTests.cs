using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ModelContextProtocol.Server;
using SreBot.McpServer;

namespace SreBot.McpServer.Tests.Conventions;

/// <summary>House rules for tools (STYLE.md rules 2 and 4), checked on every tool in the assembly.</summary>
public sealed partial class ToolConventionTests
{
    public static TheoryData<string> ToolMethods()
    {
        var data = new TheoryData<string>();
        foreach (var method in AllToolMethods())
        {
            data.Add($"{method.DeclaringType!.Name}.{method.Name}");
        }

        return data;
    }

    [Fact]
    public void Assembly_HasTools()
        => Assert.NotEmpty(AllToolMethods());

    [Theory]
    [MemberData(nameof(ToolMethods))]
    public void Tool_SetsEveryHintExplicitly(string method)
    {
        var annotations = CreateTool(method).ProtocolTool.Annotations;
        Assert.NotNull(annotations);
        Assert.NotNull(annotations.ReadOnlyHint);
        Assert.NotNull(annotations.DestructiveHint);
        Assert.NotNull(annotations.IdempotentHint);
        Assert.NotNull(annotations.OpenWorldHint);
    }

    [Theory]
    [MemberData(nameof(ToolMethods))]
    public void Tool_HasSnakeCaseNameDescriptionAndTitle(string method)
    {
        var tool = CreateTool(method).ProtocolTool;
        Assert.Matches(SnakeCase(), tool.Name);
        Assert.False(string.IsNullOrWhiteSpace(tool.Description));
        Assert.False(string.IsNullOrWhiteSpace(tool.Title));
        Assert.EndsWith("Tool", FindMethod(method).DeclaringType!.Name, StringComparison.Ordinal);
        Assert.True(FindMethod(method).DeclaringType!.IsSealed, "tool classes are sealed");
    }

    [Theory]
    [MemberData(nameof(ToolMethods))]
    public void Tool_DescribesEveryParameter_WithHouseNames(string method)
    {
        var schema = CreateTool(method).ProtocolTool.InputSchema;
        foreach (var parameter in schema.GetProperty("properties").EnumerateObject())
        {
            Assert.True(parameter.Value.TryGetProperty("description", out var description) && description.GetString()!.Length > 0, $"parameter '{parameter.Name}' has no description");
            Assert.DoesNotContain(parameter.Name, new[] { "resourceGroupName", "subscriptionId", "resourceUri" });
        }
    }

    [Theory]
    [MemberData(nameof(ToolMethods))]
    public void ReadTool_ReturnsStructuredContent_WithSource_WriteTool_DeclaresNoOutputSchema(string method)
    {
        var tool = CreateTool(method).ProtocolTool;
        if (tool.Annotations?.ReadOnlyHint == true)
        {
            Assert.NotNull(tool.OutputSchema);
            Assert.True(tool.OutputSchema!.Value.GetProperty("properties").TryGetProperty("source", out _), "every answer says where its data came from");
        }
        else
        {
            // A write tool's immediate answer is {status: pending_approval, ...}, which no result schema could describe.
            Assert.Null(tool.OutputSchema);
        }
    }

    [Theory]
    [MemberData(nameof(ToolMethods))]
    public void WriteTool_TakesAResourceIdAndAReason(string method)
    {
        var tool = CreateTool(method).ProtocolTool;
        if (tool.Annotations?.ReadOnlyHint == true)
        {
            return;
        }

        var properties = tool.InputSchema.GetProperty("properties");
        Assert.True(properties.TryGetProperty("resourceId", out _), "write tools name the resource they change");
        Assert.True(properties.TryGetProperty("reason", out _), "write tools carry a reason for the approver");
    }

    [Fact]
    public void HintCheck_SeesAHintThatWasLeftUnset()
    {
        var method = typeof(ToolWithoutOpenWorldHint).GetMethod(nameof(ToolWithoutOpenWorldHint.Run))!;
        var annotations = McpServerTool.Create(method, _ => new ToolWithoutOpenWorldHint()).ProtocolTool.Annotations;
        Assert.Null(annotations?.OpenWorldHint);
    }

    private static IEnumerable<MethodInfo> AllToolMethods()
        => typeof(McpServerRegistration).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<McpServerToolTypeAttribute>() is not null)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttribute<McpServerToolAttribute>() is not null);

    private static MethodInfo FindMethod(string name)
        => AllToolMethods().Single(m => $"{m.DeclaringType!.Name}.{m.Name}" == name);

    private static McpServerTool CreateTool(string name)
    {
        var method = FindMethod(name);
        return McpServerTool.Create(method, _ => throw new InvalidOperationException("not invoked"), new McpServerToolCreateOptions { SerializerOptions = JsonSerializerOptions.Web });
    }

    private sealed class ToolWithoutOpenWorldHint
    {
        [McpServerTool(Name = "sample", ReadOnly = true, Destructive = false, Idempotent = true)]
        public string Run() => "x";
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
