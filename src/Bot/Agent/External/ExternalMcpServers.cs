using Azure.Core;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SreBot.McpServer.CallPath;

namespace SreBot.Bot.Agent.External;

/// <summary>
/// The configured external MCP servers, one <see cref="ExternalMcpConnection"/> each. Also resolves
/// <c>external:&lt;server&gt;/&lt;tool&gt;</c> for approved actions, so an approved external write runs through the same
/// <see cref="ApprovedActionRunner"/> and <see cref="ToolCallPath"/> as ours.
/// </summary>
public sealed class ExternalMcpServers : IExternalToolResolver, IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, ExternalMcpConnection> _connections;

    public ExternalMcpServers(IOptions<ExternalMcpServersOptions> options, TokenCredential credential, TimeProvider time, ILoggerFactory loggerFactory)
        => _connections = options.Value.Servers.ToDictionary(
            s => s.Name,
            s => new ExternalMcpConnection(s, credential, time, loggerFactory),
            StringComparer.Ordinal);

    public IEnumerable<ExternalMcpConnection> Connections => _connections.Values;

    public async Task<ExternalToolBinding?> ResolveAsync(string toolName, CancellationToken cancellationToken)
    {
        if (!ExternalToolNames.TryParseSource(toolName, out var server, out var name)
            || !_connections.TryGetValue(server, out var connection)
            || await connection.FindToolAsync(name, cancellationToken) is not { } tool)
        {
            return null;
        }

        return new ExternalToolBinding(tool.Descriptor, (arguments, token) => connection.CallAsync(tool, tool.ServerArguments(arguments), token));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections.Values)
        {
            await connection.DisposeAsync();
        }
    }
}
