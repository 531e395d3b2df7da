using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>
/// A Bot Connector on loopback (as the Agents Playground hosts one): it records every activity the bot sends or updates
/// and answers like the real service. Tests wait for what they expect with a deadline; nothing sleeps.
/// </summary>
public sealed class ConnectorRecorder : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<RecordedActivity> _received = Channel.CreateUnbounded<RecordedActivity>();
    private readonly ConcurrentQueue<RecordedActivity> _all = new();
    private int _next;

    private ConnectorRecorder(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyCollection<RecordedActivity> All => _all;

    /// <param name="servedBy">A local-mode app that is to serve this connector (added to its <c>Bot:LocalServiceUrls</c>); call before that app is built.</param>
    public static async Task<ConnectorRecorder> StartAsync(SreBotApp? servedBy = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var recorder = new ConnectorRecorder(app);
        // At the root and, as the Agents Playground serves it, under /_connector.
        foreach (var root in new[] { string.Empty, "/_connector" })
        {
            app.MapPost(root + "/v3/conversations/{conversation}/activities/{replyTo?}", (HttpRequest request, string conversation, string? replyTo, JsonElement body) => recorder.Record(request, "POST", conversation, replyTo, body));
            app.MapPut(root + "/v3/conversations/{conversation}/activities/{activity}", (HttpRequest request, string conversation, string activity, JsonElement body) => recorder.Record(request, "PUT", conversation, activity, body));
        }
        await app.StartAsync();
        recorder.ServiceUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/";
        servedBy?.AllowLocalServiceUrl(recorder.ServiceUrl);
        return recorder;
    }

    /// <summary>The next recorded activity matching <paramref name="match"/> (typing indicators are skipped unless asked for).</summary>
    public async Task<RecordedActivity> NextAsync(Func<RecordedActivity, bool>? match = null, TimeSpan? timeout = null)
    {
        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var activity = await _received.Reader.ReadAsync(deadline.Token);
            if (match?.Invoke(activity) ?? activity.Type != "typing")
            {
                return activity;
            }
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Record(HttpRequest request, string method, string conversation, string? target, JsonElement body)
    {
        var id = $"activity-{Interlocked.Increment(ref _next)}";
        var recorded = new RecordedActivity(method, conversation, target, method == "PUT" ? target! : id, body.Clone(), request.Headers.Authorization.ToString());
        _all.Enqueue(recorded);
        _received.Writer.TryWrite(recorded);
        return Results.Json(new { id = recorded.Id }, statusCode: method == "POST" ? 201 : 200);
    }
}
