using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Client;
using SreBot.Bot.Auth;
using SreBot.Shared.Audit;
using SreBot.Shared.Estate;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>
/// The real host in memory over a fresh data directory. The estate provider is wrapped in a counter
/// so tests can prove that refused calls never reach it.
/// </summary>
public sealed class SreBotApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    private readonly TimeProvider? _time;

    private readonly Action<IServiceCollection>? _services;

    private bool _configured;

    /// <param name="services">More test services, registered last (e.g. a logger provider that records what the host logs).</param>
    public SreBotApp(IDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? services = null)
    {
        _time = time;
        _services = services;
        DataDirectory = Directory.CreateTempSubdirectory("srebot-test-").FullName;
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["SreBot:DataDirectory"] = DataDirectory };
    }

    public string DataDirectory { get; }

    public CountingEstateProvider Estate => Services.GetRequiredService<CountingEstateProvider>();

    public IAuditLog Audit => Services.GetRequiredService<IAuditLog>();

    /// <summary>A token on the real clock: token lifetimes are checked against real time even when the app runs on fake time.</summary>
    public string Token(string user, params string[] roles)
        => new LocalTokenIssuer(Services.GetRequiredService<LocalSigningKey>(), new AuthOptions().Local, TimeProvider.System).Mint(user, roles);

    /// <summary>Local mode serves only the connectors in <c>Bot:LocalServiceUrls</c>: adds one (a <see cref="ConnectorRecorder"/>). Call before the host is built.</summary>
    public void AllowLocalServiceUrl(string serviceUrl)
    {
        if (_configured)
        {
            throw new InvalidOperationException("The host is already built; allow the local connector before the first request.");
        }

        var index = _settings.Keys.Count(k => k.StartsWith("Bot:LocalServiceUrls:", StringComparison.Ordinal));
        _settings[$"Bot:LocalServiceUrls:{index}"] = serviceUrl;
    }

    public async Task<HttpResponseMessage> SetModeAsync(string mode, string admin = "ada")
        => await ClientFor(admin, "admin").PostAsJsonAsync("/api/v1/agent/mode", new { mode }, TestContext.Token);

    public HttpClient ClientFor(string user, params string[] roles)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(user, roles));
        return client;
    }

    public async Task<McpClient> McpClientFor(string user, params string[] roles)
    {
        var http = ClientFor(user, roles);
        var transport = new HttpClientTransport(
            new HttpClientTransportOptions { Endpoint = new Uri(http.BaseAddress!, "/mcp"), TransportMode = HttpTransportMode.StreamableHttp },
            http,
            ownsHttpClient: true);
        return await McpClient.CreateAsync(transport, cancellationToken: TestContext.Token);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        _configured = true;
        builder.UseEnvironment("Production");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (_time is not null)
            {
                services.AddSingleton(_time);
            }

            var inner = services.Single(d => d.ServiceType == typeof(IEstateProvider));
            services.Remove(inner);
            services.AddSingleton(sp => new CountingEstateProvider((IEstateProvider)(inner.ImplementationInstance
                ?? inner.ImplementationFactory?.Invoke(sp)
                ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!))));
            services.AddSingleton<IEstateProvider>(sp => sp.GetRequiredService<CountingEstateProvider>());
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a background thread: the temp folder is cleaned by the OS later.
            }
        }
    }
}
