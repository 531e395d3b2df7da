using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using ModelContextProtocol.Server;
using SreBot.McpServer;
using SreBot.McpServer.CallPath;
using SreBot.McpServer.Tools;
using SreBot.Shared.Policy;

namespace SreBot.McpServer.Tests.Conventions;

/// <summary>House rules for tools (docs/style.md rules 2 and 4), checked on every tool in the assembly.</summary>
public sealed partial class ToolConventionTests
{
    /// <summary>Tools that read nothing of the estate, so they have no scope target: the only ones allowed <see cref="NoScopeTargetAttribute"/>.</summary>
    private static readonly string[] ToolsWithoutScopeTarget = ["approval_get", "knowledge_search"];

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

    [Theory]
    [MemberData(nameof(ToolMethods))]
    public void Tool_DeclaresItsScopeTarget(string method)
    {
        var problem = ScopeTargetProblem(CreateTool(method));
        Assert.True(problem is null, problem);
    }

    [Fact]
    public void ScopeTargetCheck_SeesAToolThatDeclaresNone_OrClaimsNoneWithoutBeingAllowed()
    {
        Assert.NotNull(ScopeTargetProblem(Sample<ToolWithoutScopeTarget>(nameof(ToolWithoutScopeTarget.Run))));
        Assert.NotNull(ScopeTargetProblem(Sample<ToolClaimingNoScopeTarget>(nameof(ToolClaimingNoScopeTarget.Run))));
        Assert.Null(ScopeTargetProblem(Sample<ToolWithRenamedTarget>(nameof(ToolWithRenamedTarget.Run))));
    }

    [Fact]
    public void DeclaredTarget_WithAnotherParameterName_IsWhatScopeIsCheckedOn()
    {
        var descriptor = ToolDescriptors.From(Sample<ToolWithRenamedTarget>(nameof(ToolWithRenamedTarget.Run)));
        using var arguments = JsonDocument.Parse("""{"targetId":"/subscriptions/s/resourceGroups/rg-other/providers/Microsoft.Web/sites/x"}""");

        Assert.Equal(TargetKind.Resource, descriptor.Target);
        Assert.Equal(
            "/subscriptions/s/resourceGroups/rg-other/providers/Microsoft.Web/sites/x",
            ToolDescriptors.TargetArguments(descriptor, arguments.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone())).Value);
    }

    [Fact]
    public void HintCheck_SeesAHintThatWasLeftUnset()
    {
        var method = typeof(ToolWithoutOpenWorldHint).GetMethod(nameof(ToolWithoutOpenWorldHint.Run))!;
        var annotations = McpServerTool.Create(method, _ => new ToolWithoutOpenWorldHint()).ProtocolTool.Annotations;
        Assert.Null(annotations?.OpenWorldHint);
    }

    /// <summary>Why a tool's scope target is not declared properly, or null when it is.</summary>
    private static string? ScopeTargetProblem(McpServerTool tool)
    {
        var name = tool.ProtocolTool.Name;
        var declared = tool.Metadata.OfType<ScopeTargetAttribute>().ToList();
        var none = tool.Metadata.OfType<NoScopeTargetAttribute>().ToList();
        if (declared.Count + none.Count != 1)
        {
            return $"'{name}' must declare exactly one [ScopeTarget(...)] or [NoScopeTarget(reason)]";
        }

        if (none.Count == 1)
        {
            return !ToolsWithoutScopeTarget.Contains(name) ? $"'{name}' claims no scope target but is not on the allow-list"
                : string.IsNullOrWhiteSpace(none[0].Reason) ? $"'{name}' gives no reason for having no scope target"
                : null;
        }

        var schema = tool.ProtocolTool.InputSchema;
        var target = declared[0];
        var required = schema.TryGetProperty("required", out var list) && list.EnumerateArray().Any(r => r.GetString() == target.Parameter);
        return target.Kind == TargetKind.None ? $"'{name}' declares a scope target of kind None; use [NoScopeTarget(reason)]"
            : !schema.GetProperty("properties").TryGetProperty(target.Parameter, out _) ? $"'{name}' declares '{target.Parameter}' as its target but has no such parameter"
            : !required ? $"'{name}' declares '{target.Parameter}' as its target but does not require it"
            : null;
    }

    private static McpServerTool Sample<T>(string method)
        where T : new()
        => McpServerTool.Create(typeof(T).GetMethod(method)!, _ => new T(), new McpServerToolCreateOptions { SerializerOptions = JsonSerializerOptions.Web });

    private static IEnumerable<MethodInfo> AllToolMethods()
        => typeof(SreBotMcpServerRegistration).Assembly.GetTypes()
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

    private sealed class ToolWithoutScopeTarget
    {
        [McpServerTool(Name = "sample", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
        public string Run([System.ComponentModel.Description("An ARM id.")] string targetId) => targetId;
    }

    private sealed class ToolClaimingNoScopeTarget
    {
        [NoScopeTarget("Says it reads nothing of the estate.")]
        [McpServerTool(Name = "sample", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
        public string Run([System.ComponentModel.Description("An ARM id.")] string targetId) => targetId;
    }

    private sealed class ToolWithRenamedTarget
    {
        [ScopeTarget(TargetKind.Resource, "targetId")]
        [McpServerTool(Name = "sample", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
        public string Run([System.ComponentModel.Description("An ARM id.")] string targetId) => targetId;
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();
}
