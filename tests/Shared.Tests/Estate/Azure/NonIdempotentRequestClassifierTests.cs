using System.Net;
using System.Net.Sockets;
using Azure.Core;
using Azure.Core.Pipeline;
using SreBot.Shared.Estate.Azure.Operations;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>Azure.Core's real pipeline and retry policy against a loopback server that counts what reaches it.</summary>
public sealed class NonIdempotentRequestClassifierTests : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Uri _url;
    private int _requests;

    public NonIdempotentRequestClassifierTests()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _url = new Uri($"http://127.0.0.1:{port}/restart/");
        _listener.Prefixes.Add(_url.ToString());
        _listener.Start();
    }

    [Fact]
    public async Task ARestartPost_AnsweredWith503_IsSentOnce()
    {
        var serving = Serve(503, 503, 503, 503);

        var status = await SendAsync(NonIdempotentRequestClassifier.Instance);

        Assert.Equal(503, status);
        Assert.Equal(1, _requests);
        _listener.Stop();
        await serving;
    }

    [Fact]
    public async Task WithoutTheClassifier_ThePipelineWouldRepeatIt()
    {
        var serving = Serve(503, 503, 503, 503);

        await SendAsync(classifier: null);

        Assert.Equal(4, _requests);
        await serving;
    }

    [Fact]
    public async Task ARestartPost_Throttled_IsSentAgainAfterRetryAfter()
    {
        var serving = Serve(429, 202);

        var status = await SendAsync(NonIdempotentRequestClassifier.Instance);

        Assert.Equal(202, status);
        Assert.Equal(2, _requests);
        await serving;
    }

    private async Task<int> SendAsync(ResponseClassifier? classifier)
    {
        var options = new TestClientOptions();
        options.Retry.MaxRetries = 3;
        options.Retry.Mode = global::Azure.Core.RetryMode.Fixed;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        var pipeline = HttpPipelineBuilder.Build(options);
        using var message = pipeline.CreateMessage();
        message.Request.Method = RequestMethod.Post;
        message.Request.Uri.Reset(_url);
        if (classifier is not null)
        {
            message.ResponseClassifier = classifier;
        }

        await pipeline.SendAsync(message, CancellationToken.None);
        return message.Response.Status;
    }

    private async Task Serve(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _requests);
            context.Response.StatusCode = status;
            if (status == 429)
            {
                context.Response.Headers["Retry-After"] = "0";
            }

            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();

    private sealed class TestClientOptions : ClientOptions;
}
