using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SreBot.Bench;

/// <summary>
/// One HTTP connection speaking MCP Streamable HTTP by hand (no SDK client, so the load client stays cheap and
/// every byte on the wire is visible here). Both protocol flows the SDK server accepts are supported:
/// <list type="bullet">
/// <item><c>2026-07-28</c>: <c>server/discover</c>, then requests carrying the version, client info and capabilities in <c>_meta</c>; no session.</item>
/// <item><c>2025-11-25</c>: <c>initialize</c> + <c>notifications/initialized</c>, then <c>Mcp-Session-Id</c> on every request if the server minted one.</item>
/// </list>
/// </summary>
public sealed class McpConnection : IDisposable
{
    public const string ToolName = "resource_health_get";
    /// <summary>The Sandbox's <c>app-checkout-api</c>; against the fake Azure the same id in the fake's subscription.</summary>
    public const string SandboxResourceId = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    private readonly HttpClient _http;
    private readonly Uri _endpoint;
    private readonly string _protocolVersion;
    private readonly string _resourceId;
    private readonly bool _perRequestMeta;
    private bool _initialized;
    private string? _sessionId;
    private long _nextId;

    public McpConnection(Uri endpoint, string? bearerToken, string protocolVersion, string resourceId)
    {
        _endpoint = endpoint;
        _resourceId = resourceId;
        _protocolVersion = protocolVersion;
        _perRequestMeta = protocolVersion == BenchOptions.LatestProtocol;
        // One handler per connection, one request at a time: exactly one keep-alive TCP connection per worker.
        _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 1, UseCookies = false }) { Timeout = TimeSpan.FromSeconds(10) };
        _http.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/event-stream");
        if (bearerToken is not null)
        {
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }
    }

    /// <summary>The handshake the protocol version requires. Throws <see cref="SetupException"/> if the server refuses it.</summary>
    public async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_perRequestMeta)
        {
            var discover = await SendAsync("server/discover", null, new JsonObject(), cancellationToken);
            var versions = discover.Message()?.GetProperty("result").GetProperty("supportedVersions").EnumerateArray().Select(v => v.GetString());
            if (discover.Status != HttpStatusCode.OK || versions?.Contains(_protocolVersion) != true)
            {
                throw new SetupException($"server/discover on {_endpoint}: {discover}");
            }

            return;
        }

        var initialize = await SendAsync("initialize", null, new JsonObject
        {
            ["protocolVersion"] = _protocolVersion,
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = ClientInfo(),
        }, cancellationToken);
        if (initialize.Status != HttpStatusCode.OK
            || initialize.Message()?.GetProperty("result").GetProperty("protocolVersion").GetString() != _protocolVersion)
        {
            throw new SetupException($"initialize on {_endpoint}: {initialize}");
        }

        _sessionId = initialize.SessionId;
        _initialized = true;
        var initialized = await SendAsync("notifications/initialized", null, new JsonObject(), cancellationToken, notification: true);
        if (initialized.Status != HttpStatusCode.Accepted)
        {
            throw new SetupException($"notifications/initialized on {_endpoint}: {initialized}");
        }
    }

    /// <summary>
    /// Calls the read tool once. An error is a non-200 status, a JSON-RPC error, a result with <c>isError</c>, an
    /// unreadable reply, or no reply within the timeout. Only the HTTP exchange (send until the body is read) is timed.
    /// </summary>
    public async Task<CallOutcome> CallToolAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var reply = await SendAsync("tools/call", ToolName, new JsonObject
            {
                ["name"] = ToolName,
                ["arguments"] = new JsonObject { ["resourceId"] = _resourceId },
            }, cancellationToken);
            var message = reply.Status == HttpStatusCode.OK ? reply.Message() : null;
            var failed = message is not { } m
                         || m.TryGetProperty("error", out _)
                         || (m.GetProperty("result").TryGetProperty("isError", out var isError) && isError.ValueKind == JsonValueKind.True);
            return new CallOutcome(!failed, reply.ElapsedTicks, failed ? reply.ToString() : null);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or KeyNotFoundException or InvalidOperationException
                                          || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new CallOutcome(false, Stopwatch.GetTimestamp() - started, $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    public void Dispose() => _http.Dispose();

    private async Task<Reply> SendAsync(string method, string? name, JsonObject parameters, CancellationToken cancellationToken, bool notification = false)
    {
        if (_perRequestMeta)
        {
            parameters["_meta"] = new JsonObject
            {
                ["io.modelcontextprotocol/protocolVersion"] = _protocolVersion,
                ["io.modelcontextprotocol/clientInfo"] = ClientInfo(),
                ["io.modelcontextprotocol/clientCapabilities"] = new JsonObject(),
            };
        }

        var message = new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters };
        if (!notification)
        {
            message["id"] = ++_nextId;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, _endpoint)
        {
            Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(message)) { Headers = { ContentType = JsonContentType } },
        };
        request.Headers.Add("Mcp-Method", method);
        if (name is not null)
        {
            request.Headers.Add("Mcp-Name", name);
        }

        if (_perRequestMeta || _initialized)
        {
            request.Headers.Add("MCP-Protocol-Version", _protocolVersion);
        }

        if (_sessionId is not null)
        {
            request.Headers.Add("Mcp-Session-Id", _sessionId);
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await _http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var elapsed = Stopwatch.GetTimestamp() - started;
        return new Reply(
            response.StatusCode,
            body,
            response.Content.Headers.ContentType?.MediaType == "text/event-stream",
            response.Headers.TryGetValues("Mcp-Session-Id", out var ids) ? ids.FirstOrDefault() : null,
            elapsed);
    }

    private static JsonObject ClientInfo() => new() { ["name"] = "srebot-bench", ["version"] = "1.0.0" };

    private sealed record Reply(HttpStatusCode Status, string Body, bool IsSse, string? SessionId, long ElapsedTicks)
    {
        // The JSON-RPC response: the body itself (application/json), or the SSE `data:` line that carries it.
        public JsonElement? Message()
        {
            if (!IsSse)
            {
                return Body.Length == 0 ? null : JsonSerializer.Deserialize<JsonElement>(Body);
            }

            foreach (var line in Body.Split('\n'))
            {
                if (line.StartsWith("data:", StringComparison.Ordinal))
                {
                    var message = JsonSerializer.Deserialize<JsonElement>(line.AsSpan(5));
                    if (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _))
                    {
                        return message;
                    }
                }
            }

            return null;
        }

        public override string ToString()
            => $"HTTP {(int)Status}, {(Body.Length <= 300 ? Body : Body[..300] + "…").ReplaceLineEndings(" ")}";
    }
}
