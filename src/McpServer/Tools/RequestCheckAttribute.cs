namespace SreBot.McpServer.Tools;

/// <summary>
/// Marks the method of a write tool's class that checks a request without acting: its arguments are in range and the target
/// exists and is of a type the operation applies to. The call path runs it (bound from the same arguments, the same way as the
/// tool) before it creates an approval, so that only a request that could run reaches an approver; the tool runs it again
/// when the approved action executes. It throws what the tool would (<see cref="ModelContextProtocol.McpException"/>,
/// <see cref="ArgumentException"/>, <see cref="Shared.Estate.EstateResourceNotFoundException"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class RequestCheckAttribute(string tool) : Attribute
{
    /// <summary>The MCP name of the tool whose requests this method checks.</summary>
    public string Tool { get; } = tool;
}
