using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using SreBot.Bot.Activities.Authentication;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>
/// A stand-in for <c>login.botframework.com</c> on 127.0.0.1 (Kestrel, port chosen by the kernel): an OpenID configuration
/// whose <c>jwks_uri</c> lists <see cref="TeamsKey"/> (endorsed for msteams and emulator) and <see cref="SkypeKey"/>
/// (skype only). Point <c>Bot:OpenIdMetadataUrl</c> at <see cref="MetadataUrl"/>. <see cref="Mode"/> breaks the answers,
/// <see cref="StopAsync"/> makes the endpoint unreachable, <see cref="Publish(TestSigningKey)"/> rotates keys in.
/// </summary>
public sealed class OpenIdTestServer : IAsyncDisposable
{
    public const string MetadataPath = "/v1/.well-known/openidconfiguration";
    public const string KeysPath = "/v1/.well-known/keys";

    private readonly Lock _gate = new();
    private readonly List<JsonObject> _published = [];
    private readonly WebApplication _app;
    private TaskCompletionSource _keysServed = NewSignal();
    private int _keysRequests;
    private OpenIdTestServerMode _mode;
    private bool _stopped;

    private OpenIdTestServer(WebApplication app)
    {
        _app = app;
        Publish(TeamsKey);
        Publish(SkypeKey);
    }

    public TestSigningKey TeamsKey { get; } = new("teams-key", "msteams", "emulator");

    public TestSigningKey SkypeKey { get; } = new("skype-key", "skype");

    /// <summary>Issuer named in the served metadata; token validation ignores it and uses the configured allowlist.</summary>
    public string Issuer { get; set; } = BotConnectorDefaults.Issuer;

    public OpenIdTestServerMode Mode
    {
        get { lock (_gate) { return _mode; } }
        set { lock (_gate) { _mode = value; } }
    }

    public Uri BaseAddress { get; private set; } = null!;

    public string MetadataUrl => new Uri(BaseAddress, MetadataPath).ToString();

    /// <summary>How many times the key set was requested (served or not).</summary>
    public int KeysRequests => Volatile.Read(ref _keysRequests);

    public static async Task<OpenIdTestServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new OpenIdTestServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Adds an RSA key to the served key set.</summary>
    public void Publish(TestSigningKey key) => Publish(key.ToJwk());

    /// <summary>Adds a symmetric ("oct") key to the served key set, as a misconfigured or hostile key set might.</summary>
    public void Publish(SymmetricSecurityKey key) => Publish(new JsonObject
    {
        ["kty"] = "oct",
        ["use"] = "sig",
        ["kid"] = key.KeyId,
        ["k"] = Base64UrlEncoder.Encode(key.Key),
        ["endorsements"] = new JsonArray("msteams"),
    });

    /// <summary>Completes once the key set has been requested at least <paramref name="count"/> times.</summary>
    public async Task WaitForKeysRequestsAsync(int count, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task signal;
            lock (_gate)
            {
                if (_keysRequests >= count)
                {
                    return;
                }

                signal = _keysServed.Task;
            }

            await signal.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops listening: connections to <see cref="MetadataUrl"/> are refused from now on.</summary>
    public async Task StopAsync()
    {
        if (!_stopped)
        {
            _stopped = true;
            await _app.StopAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _app.DisposeAsync();
        TeamsKey.Dispose();
        SkypeKey.Dispose();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void Publish(JsonObject jwk)
    {
        lock (_gate)
        {
            _published.Add(jwk);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var isKeys = context.Request.Path == KeysPath;
        string? body;
        OpenIdTestServerMode mode;
        lock (_gate)
        {
            mode = _mode;
            body = context.Request.Path == MetadataPath ? Metadata()
                : isKeys ? KeySet(mode)
                : null;
        }

        try
        {
            if (body is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            if (mode == OpenIdTestServerMode.ServerError)
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                return;
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(mode == OpenIdTestServerMode.Garbage ? "<html>not json {" : body, context.RequestAborted);
        }
        finally
        {
            if (isKeys)
            {
                TaskCompletionSource served;
                lock (_gate)
                {
                    _keysRequests++;
                    served = _keysServed;
                    _keysServed = NewSignal();
                }

                served.TrySetResult();
            }
        }
    }

    private string Metadata() => new JsonObject
    {
        ["issuer"] = Issuer,
        ["authorization_endpoint"] = new Uri(BaseAddress, "/v1/authorize").ToString(),
        ["jwks_uri"] = new Uri(BaseAddress, KeysPath).ToString(),
        ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
        ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
    }.ToJsonString();

    private string KeySet(OpenIdTestServerMode mode) => new JsonObject
    {
        ["keys"] = mode == OpenIdTestServerMode.EmptyKeySet ? new JsonArray() : new JsonArray([.. _published.Select(k => k.DeepClone())]),
    }.ToJsonString();
}
