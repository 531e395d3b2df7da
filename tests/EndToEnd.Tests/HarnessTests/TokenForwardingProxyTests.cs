using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.HarnessTests;

/// <summary>The proxy in front of the server: token added, headers passed through both ways, SSE streamed.</summary>
public sealed class TokenForwardingProxyTests : IAsyncLifetime
{
    private const string Token = "proxy-test-token";

    private readonly ConcurrentQueue<IHeaderDictionary> seenRequests = new();
    private readonly TaskCompletionSource firstEventRead = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? upstream;
    private TokenForwardingProxy? proxy;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(o => o.Listen(IPAddress.Loopback, 0));
        upstream = builder.Build();
        upstream.Run(async context =>
        {
            seenRequests.Enqueue(new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value)));
            context.Response.Headers["Mcp-Session-Id"] = "session-from-server";
            if (context.Request.Path == "/stream")
            {
                context.Response.ContentType = "text/event-stream";
                await context.Response.WriteAsync("data: one\n\n", context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);

                // The second event is sent only after the client has read the first through the proxy.
                await firstEventRead.Task.WaitAsync(TimeSpan.FromSeconds(30), context.RequestAborted);
                await context.Response.WriteAsync("data: two\n\n", context.RequestAborted);
                return;
            }

            var body = await new StreamReader(context.Request.Body).ReadToEndAsync(context.RequestAborted);
            context.Response.StatusCode = StatusCodes.Status202Accepted;
            await context.Response.WriteAsync($"echo:{body}", context.RequestAborted);
        });
        await upstream.StartAsync();
        var address = upstream.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        proxy = await TokenForwardingProxy.StartAsync(new Uri(address + "/"), Token, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        if (upstream is not null)
        {
            await upstream.DisposeAsync();
        }
    }

    [Fact]
    public async Task Post_GetsTheToken_AndKeepsHostOriginAndSessionHeaders()
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(proxy!.BaseAddress, "mcp?x=1"))
        {
            Content = new StringContent("{\"jsonrpc\":\"2.0\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Host = "evil.example.com";
        request.Headers.Add("Origin", "http://evil.example.com");
        request.Headers.Add("Authorization", "Bearer from-the-client");
        request.Headers.Add("Mcp-Session-Id", "session-from-client");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal("echo:{\"jsonrpc\":\"2.0\"}", await response.Content.ReadAsStringAsync());
        Assert.Equal("session-from-server", Assert.Single(response.Headers.GetValues("Mcp-Session-Id")));
        var seen = Assert.Single(seenRequests);
        Assert.Equal($"Bearer {Token}", seen.Authorization.ToString());
        Assert.Equal("evil.example.com", seen.Host.ToString());
        Assert.Equal("http://evil.example.com", seen.Origin.ToString());
        Assert.Equal("session-from-client", seen["Mcp-Session-Id"].ToString());
        Assert.StartsWith("application/json", seen.ContentType.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventStream_IsForwardedAsItArrives_NotBuffered()
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await client.GetAsync(new Uri(proxy!.BaseAddress, "stream"), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        // Were the proxy buffering, this read would wait for the second event, which the server holds back.
        var first = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
        firstEventRead.SetResult();
        var rest = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal("data: one", first);
        Assert.Contains("data: two", rest, StringComparison.Ordinal);
    }
}
