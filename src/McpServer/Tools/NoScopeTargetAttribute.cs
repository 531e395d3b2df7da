namespace SreBot.McpServer.Tools;

/// <summary>
/// Declares that a tool reads nothing of the estate, so there is no target to check against the associated resource
/// groups. Only tools on the convention tests' allow-list may carry it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class NoScopeTargetAttribute(string reason) : Attribute
{
    /// <summary>Why the tool has no estate target, for the reader of the code.</summary>
    public string Reason { get; } = reason;
}
