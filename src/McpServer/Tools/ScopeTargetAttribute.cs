using SreBot.Shared.Policy;

namespace SreBot.McpServer.Tools;

/// <summary>
/// Declares which parameter of a tool names its estate target, and what kind of target it is, so the call path checks
/// that target against the associated resource groups. Every tool declares this or <see cref="NoScopeTargetAttribute"/>;
/// a convention test fails a tool that declares neither.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class ScopeTargetAttribute(TargetKind kind, string parameter) : Attribute
{
    public TargetKind Kind { get; } = kind;

    /// <summary>The tool parameter that holds the ARM id (or resource group name).</summary>
    public string Parameter { get; } = parameter;
}
