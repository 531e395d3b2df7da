using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SreBot.Bot.Tests.Agent;

/// <summary>
/// An OpenAI-compatible chat-completions server on loopback that plays a model: it answers each request with the next
/// scripted reply (non-streaming) and keeps every request body and Authorization header. It serves the OpenAI path
/// (<c>/v1/chat/completions</c>) and the Azure OpenAI one (<c>/openai/deployments/{name}/chat/completions</c>); over
/// https when given a certificate.
/// </summary>
public sealed class ScriptedLlmServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<JsonElement, ScriptedReply>> _script = new();
    private readonly ConcurrentQueue<CapturedRequest> _requests = new();
    private int _calls;

    private ScriptedLlmServer(WebApplication app) => _app = app;

    /// <summary>The base URL, e.g. <c>http://127.0.0.1:PORT/</c>; the OpenAI-compatible endpoint is <see cref="OpenAIEndpoint"/>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public string OpenAIEndpoint => BaseUrl + "v1";

    public IReadOnlyCollection<CapturedRequest> Requests => _requests;

    /// <summary>Every request body, raw, joined: what the model was sent.</summary>
    public string AllRequestText => string.Join('\n', _requests.Select(r => r.Body.GetRawText()));

    /// <summary>Answer given when the script has run out (a runaway model is scripted with <see cref="Always"/>).</summary>
    public Func<JsonElement, ScriptedReply> Fallback { get; set; } = _ => ScriptedReply.Text("(the script has no more replies)");

    /// <param name="port">0 for any free port.</param>
    public static async Task<ScriptedLlmServer> StartAsync(X509Certificate2? certificate = null, int port = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port, listen =>
        {
            if (certificate is not null)
            {
                listen.UseHttps(certificate);
            }
        }));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ScriptedLlmServer(app);
        app.MapPost("/v1/chat/completions", (HttpRequest request, JsonElement body) => server.Answer(request, body));
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpRequest request, JsonElement body) => server.Answer(request, body));
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single().TrimEnd('/') + "/";
        return server;
    }

    public ScriptedLlmServer Then(ScriptedReply reply) => Then(_ => reply);

    public ScriptedLlmServer Then(Func<JsonElement, ScriptedReply> reply)
    {
        _script.Enqueue(reply);
        return this;
    }

    /// <summary>From now on every request gets <paramref name="reply"/> (a model that never stops calling tools).</summary>
    public ScriptedLlmServer Always(Func<int, ScriptedReply> reply)
    {
        Fallback = _ => reply(Interlocked.Increment(ref _calls));
        return this;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Answer(HttpRequest request, JsonElement body)
    {
        _requests.Enqueue(new CapturedRequest(request.Path, request.Headers.Authorization.ToString(), request.Headers["api-key"].ToString(), body.Clone()));
        var reply = (_script.TryDequeue(out var next) ? next : Fallback)(body);
        return Results.Text(reply.ToJson(body.TryGetProperty("model", out var model) ? model.GetString() : "scripted").ToJsonString(), "application/json", statusCode: reply.Status);
    }
}
