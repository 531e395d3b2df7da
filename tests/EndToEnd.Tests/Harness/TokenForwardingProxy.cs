using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// A loopback HTTP proxy for clients that cannot send a bearer token (the MCP conformance suite):
/// every request is forwarded to the server with <c>Authorization: Bearer &lt;token&gt;</c> added;
/// Host, Origin, Mcp-Session-Id and every other end-to-end header pass through unchanged in both
/// directions, and response bodies (SSE streams included) are streamed, never buffered.
/// </summary>
public sealed class TokenForwardingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authenticate", "Proxy-Authorization",
        "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Expect",
    };

    private readonly Uri upstreamBase;
    private readonly string token;
    private readonly HttpMessageInvoker upstream;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentQueue<string> receivedAuthorization = new();
    private WebApplication? app;
    private Uri? baseAddress;

    private TokenForwardingProxy(Uri upstreamBase, string token)
    {
        this.upstreamBase = upstreamBase;
        this.token = token;

        // HttpMessageInvoker, not HttpClient: no overall timeout (SSE streams stay open) and no response buffering.
        upstream = new HttpMessageInvoker(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        });
    }

    /// <summary>http://127.0.0.1:PORT/ of the proxy.</summary>
    public Uri BaseAddress => baseAddress ?? throw new InvalidOperationException("The proxy is not started.");

    /// <summary>The Authorization header of every request the proxy received (empty when there was none), in order; it is never forwarded.</summary>
    public IReadOnlyCollection<string> ReceivedAuthorization => receivedAuthorization;

    /// <summary>The server's MCP endpoint as seen through the proxy.</summary>
    public Uri McpEndpoint => new(BaseAddress, "mcp");

    /// <summary>Starts a proxy on 127.0.0.1 (a port chosen by the kernel) in front of <paramref name="upstreamBase"/>.</summary>
    public static async Task<TokenForwardingProxy> StartAsync(Uri upstreamBase, string token, CancellationToken cancellationToken)
    {
        var proxy = new TokenForwardingProxy(upstreamBase, token);
        try
        {
            await proxy.StartCoreAsync(cancellationToken);
            return proxy;
        }
        catch
        {
            await proxy.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // End open streams first, so that stopping Kestrel does not wait for them.
        await stopping.CancelAsync();
        if (app is not null)
        {
            using var stopTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await app.StopAsync(stopTimeout.Token);
            await app.DisposeAsync();
        }

        upstream.Dispose();
        stopping.Dispose();
    }

    private async Task StartCoreAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
        {
            options.Listen(IPAddress.Loopback, 0);
            options.AddServerHeader = false;
            options.Limits.MinRequestBodyDataRate = null;
            options.Limits.MinResponseDataRate = null;
        });
        app = builder.Build();
        app.Run(ForwardAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        baseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        var cancellationToken = linked.Token;
        var incoming = context.Request;
        receivedAuthorization.Enqueue(incoming.Headers.Authorization.ToString());

        using var request = new HttpRequestMessage(
            new HttpMethod(incoming.Method),
            new Uri(upstreamBase, incoming.Path.ToUriComponent() + incoming.QueryString.ToUriComponent()))
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        if (incoming.ContentLength > 0 || incoming.Headers.TransferEncoding.Count > 0 || HttpMethods.IsPost(incoming.Method)
            || HttpMethods.IsPut(incoming.Method) || HttpMethods.IsPatch(incoming.Method))
        {
            request.Content = new StreamContent(incoming.Body);
        }

        foreach (var (name, values) in incoming.Headers)
        {
            if (HopByHopHeaders.Contains(name) || name.Equals("Host", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Authorization", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        // Host passes through unchanged (the server's DNS-rebinding protection must see what the client sent).
        var host = incoming.Headers.Host.ToString();
        if (host.Length > 0)
        {
            request.Headers.Host = host;
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

        HttpResponseMessage response;
        try
        {
            response = await upstream.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            await context.Response.WriteAsync($"token-forwarding proxy: upstream request failed: {e.Message}", CancellationToken.None);
            return;
        }
        catch (OperationCanceledException)
        {
            return;
        }

        using (response)
        {
            await CopyResponseAsync(response, context, cancellationToken);
        }
    }

    private static async Task CopyResponseAsync(HttpResponseMessage response, HttpContext context, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHopHeaders.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        try
        {
            // Headers go out now: an SSE stream may stay silent for a while after them.
            await context.Response.StartAsync(cancellationToken);
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[16 * 1024];
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await context.Response.Body.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                await context.Response.Body.FlushAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away or the proxy is stopping.
            context.Abort();
        }
        catch (IOException)
        {
            // The server cut the stream: cut ours too, so the client sees what the server did.
            context.Abort();
        }
        catch (HttpRequestException)
        {
            context.Abort();
        }
    }
}
