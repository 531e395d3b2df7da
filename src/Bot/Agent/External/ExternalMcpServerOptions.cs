namespace SreBot.Bot.Agent.External;

/// <summary>One external MCP server (an entry of the <c>McpServers</c> list) whose allow-listed tools join the agent loop.</summary>
public sealed class ExternalMcpServerOptions
{
    /// <summary>Short name, <c>[a-z0-9-]</c>: part of the function names the model sees (<c>&lt;name&gt;__&lt;tool&gt;</c>) and of audit records.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The server's Streamable HTTP endpoint (http or https; https unless the host is loopback).</summary>
    public string Url { get; set; } = string.Empty;

    public ExternalMcpAuth Auth { get; set; } = ExternalMcpAuth.None;

    /// <summary>With <see cref="ExternalMcpAuth.AzureIdentity"/>: the scope to request, e.g. <c>api://my-mcp-server/.default</c>.</summary>
    public string? TokenScope { get; set; }

    /// <summary>The only tools of this server that join the loop. Empty: none.</summary>
    public List<string> AllowedTools { get; set; } = [];

    /// <summary>Allowed tools that change something; every other allowed tool is treated as read-only, whatever the server says.</summary>
    public List<string> WriteTools { get; set; } = [];

    /// <summary>How long one request to the server may take (1 second to 5 minutes).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
