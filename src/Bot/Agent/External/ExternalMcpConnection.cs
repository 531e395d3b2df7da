using System.Net;
using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using SreBot.McpServer.CallPath;
using SreBot.Shared.Redaction;

namespace SreBot.Bot.Agent.External;

/// <summary>
/// SreBot's MCP client session with one external server (Streamable HTTP). Connected on first use; a failed connection
/// is retried after <see cref="RetryDelay"/>, and a session that fails mid-call is dropped and replaced on the next use.
/// Only the allow-listed tools are kept from <c>tools/list</c>, and only they can be called.
/// </summary>
public sealed partial class ExternalMcpConnection(
    ExternalMcpServerOptions server,
    TokenCredential credential,
    TimeProvider time,
    ILoggerFactory loggerFactory) : IAsyncDisposable
{
    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(30);

    private readonly ILogger _logger = loggerFactory.CreateLogger<ExternalMcpConnection>();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Session? _session;
    private DateTimeOffset _retryAt = DateTimeOffset.MinValue;
    private string _failure = "it has not been contacted yet";

    public string Name => server.Name;

    /// <summary>The allow-listed tools the server offers, connecting first when needed; never throws for a failing server.</summary>
    public async Task<ExternalMcpToolSet> GetToolsAsync(CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(cancellationToken);
        return session is null ? ExternalMcpToolSet.Failed(_failure) : new ExternalMcpToolSet(session.Tools, null);
    }

    /// <summary>The allow-listed tool with this name, or null (not allowed, not offered, or the server is unavailable).</summary>
    public async Task<ExternalMcpTool?> FindToolAsync(string tool, CancellationToken cancellationToken)
        => (await GetToolsAsync(cancellationToken)).Tools.FirstOrDefault(t => t.ProtocolTool.Name == tool);

    /// <summary>
    /// Calls an allow-listed tool. An error answer from the server becomes an error result; an unreachable server an
    /// <see cref="McpException"/> whose message the model may read.
    /// </summary>
    public async ValueTask<CallToolResult> CallAsync(ExternalMcpTool tool, IReadOnlyDictionary<string, object?> arguments, CancellationToken cancellationToken)
    {
        var session = await GetSessionAsync(cancellationToken)
            ?? throw new McpException($"The external MCP server '{Name}' is unavailable ({_failure}); its tools cannot be used right now.");
        if (!session.Tools.Any(t => t.ProtocolTool.Name == tool.ProtocolTool.Name))
        {
            throw new McpException($"The external MCP server '{Name}' no longer offers '{tool.ProtocolTool.Name}'.");
        }

        using var timeout = new CancellationTokenSource(server.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await session.Client.CallToolAsync(tool.ProtocolTool.Name, arguments, cancellationToken: linked.Token);
        }
        catch (McpProtocolException exception)
        {
            // The server answered (unknown tool, invalid arguments): the session is fine.
            return ToolResults.Error($"The external MCP server '{Name}' refused the call: {SecretRedactor.Redact(exception.Message)}");
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            var reason = Describe(exception);
            LogCallFailed(_logger, Name, tool.ProtocolTool.Name, reason);
            await DropAsync(session);
            throw new McpException($"The external MCP server '{Name}' failed during the call ({reason}); nothing more is known about its outcome.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Idempotent: the container may dispose the owner more than once (it is registered under two service types).
        if (Interlocked.Exchange(ref _session, null) is { } session)
        {
            await session.Client.DisposeAsync();
        }
    }

    private async Task<Session?> GetSessionAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_session is not null || time.GetUtcNow() < _retryAt)
            {
                return _session;
            }

            try
            {
                _session = await ConnectAsync(cancellationToken);
                LogConnected(_logger, Name, _session.Tools.Count);
            }
            catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
            {
                _failure = Describe(exception);
                _retryAt = time.GetUtcNow() + RetryDelay;
                LogUnavailable(_logger, Name, _failure, RetryDelay);
            }

            return _session;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Session> ConnectAsync(CancellationToken cancellationToken)
    {
        // No redirects: a token for this server must never be replayed to another host.
        HttpMessageHandler handler = new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        if (server.Auth == ExternalMcpAuth.AzureIdentity)
        {
            handler = new AzureIdentityTokenHandler(credential, server.TokenScope!, time) { InnerHandler = handler };
        }

        var http = new HttpClient(handler) { Timeout = server.Timeout };
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions
            {
                Endpoint = new Uri(server.Url),
                TransportMode = HttpTransportMode.StreamableHttp,
                Name = server.Name,
                ConnectionTimeout = server.Timeout,
            },
            http,
            loggerFactory,
            ownsHttpClient: true);

        using var timeout = new CancellationTokenSource(server.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var client = await McpClient.CreateAsync(
            transport,
            new McpClientOptions { ClientInfo = new Implementation { Name = "srebot", Version = typeof(ExternalMcpConnection).Assembly.GetName().Version?.ToString() ?? "0.0.0" } },
            loggerFactory,
            linked.Token);
        try
        {
            var offered = await client.ListToolsAsync(cancellationToken: linked.Token);
            var allowed = offered
                .Where(t => server.AllowedTools.Contains(t.ProtocolTool.Name, StringComparer.Ordinal))
                .Select(t => new ExternalMcpTool(server.Name, t.ProtocolTool, server.WriteTools.Contains(t.ProtocolTool.Name, StringComparer.Ordinal)))
                .ToList();
            foreach (var missing in server.AllowedTools.Except(allowed.Select(t => t.ProtocolTool.Name), StringComparer.Ordinal))
            {
                LogAllowedToolMissing(_logger, Name, missing);
            }

            return new Session(client, allowed);
        }
        catch
        {
            await client.DisposeAsync();
            throw;
        }
    }

    private async Task DropAsync(Session session)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            if (ReferenceEquals(_session, session))
            {
                _session = null;
            }
        }
        finally
        {
            _gate.Release();
        }

        await session.Client.DisposeAsync();
    }

    // What went wrong, in words safe for logs and for the model: no headers, no tokens, no stack.
    private string Describe(Exception exception) => exception switch
    {
        OperationCanceledException => $"no answer within {server.Timeout.TotalSeconds:0.#} s",
        HttpRequestException { StatusCode: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden } http
            => $"it refused SreBot's credentials (HTTP {(int)http.StatusCode!})",
        HttpRequestException { StatusCode: { } status } => $"it answered HTTP {(int)status}",
        HttpRequestException http => $"it could not be reached: {SecretRedactor.Redact(http.Message)}",
        AuthenticationFailedException or CredentialUnavailableException => $"SreBot's Azure identity could not get a token for scope '{server.TokenScope}'",
        McpException mcp => $"the MCP session failed: {SecretRedactor.Redact(mcp.Message)}",
        _ => $"{exception.GetType().Name}: {SecretRedactor.Redact(exception.Message)}",
    };

    private sealed record Session(McpClient Client, IReadOnlyList<ExternalMcpTool> Tools);

    [LoggerMessage(Level = LogLevel.Information, Message = "External MCP server {Server} connected; {Count} allow-listed tools offered")]
    private static partial void LogConnected(ILogger logger, string server, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "External MCP server {Server} is unavailable: {Reason}. Its tools are left out of the agent loop; next attempt in {RetryDelay}")]
    private static partial void LogUnavailable(ILogger logger, string server, string reason, TimeSpan retryDelay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "External MCP server {Server} does not offer the allow-listed tool {Tool}")]
    private static partial void LogAllowedToolMissing(ILogger logger, string server, string tool);

    [LoggerMessage(Level = LogLevel.Warning, Message = "External MCP server {Server} failed during a call of {Tool}: {Reason}; the session is dropped")]
    private static partial void LogCallFailed(ILogger logger, string server, string tool, string reason);
}
