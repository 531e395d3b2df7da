namespace SreBot.Bot.Agent.External;

/// <summary>The <c>McpServers</c> configuration list: external MCP servers whose allow-listed tools join the agent loop.</summary>
public sealed class ExternalMcpServersOptions
{
    public const string SectionName = "McpServers";

    public List<ExternalMcpServerOptions> Servers { get; } = [];
}
