namespace SreBot.Shared.Estate.Azure.Permissions;

/// <summary>What one write tool needs on one resource type: the ARM actions its calls are authorised against.</summary>
/// <param name="Tool">The MCP tool, e.g. <c>resource_restart</c>.</param>
/// <param name="ResourceType">The ARM type the tool acts on, e.g. <c>Microsoft.Web/sites</c>.</param>
/// <param name="Target">For people: what the tool does to that type, e.g. <c>restart web apps</c>.</param>
/// <param name="Actions">Every action the tool's requests need, reads first (a check, a read-modify-write, the revision to restart).</param>
/// <param name="BuiltInRole">The narrowest built-in Azure role that grants all of <paramref name="Actions"/>.</param>
public sealed record AzureWriteAction(string Tool, string ResourceType, string Target, IReadOnlyList<string> Actions, string BuiltInRole);
