using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SreBot.FakeAzure;

/// <summary>
/// A fake Azure on loopback: Resource Manager over HTTPS (trusted through <see cref="FakeAzureTrust"/>) and the App Service
/// managed-identity endpoint over http. One per test process (the identity settings are process-wide environment variables);
/// tests isolate themselves in <see cref="World"/>s keyed by subscription id. Requests without a token the fake issued for
/// the endpoint's audience (Resource Manager's; Log Analytics' under <c>/v1</c>) are refused with 401.
/// </summary>
public sealed class FakeAzureServer
{
    public const string ArmAudience = "https://management.azure.com";
    public const string LogAnalyticsAudience = "https://api.loganalytics.io";
    private static readonly Lazy<FakeAzureServer> Instance = new(() => new FakeAzureServer());
    private readonly ConcurrentDictionary<string, FakeWorld> worlds = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, FakeDirectory> directories = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> tokens = new(StringComparer.Ordinal);
    private readonly string identityHeader = Guid.NewGuid().ToString("N");
    private readonly WebApplication app;

    private FakeAzureServer()
    {
        FakeAzureTrust.Install();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(FakeAzureTrust.ServerCertificate));
            k.Listen(IPAddress.Loopback, 0);
        });
        builder.Services.AddRouting();
        app = builder.Build();
        app.Use(GuardAsync);
        FakeAzureRoutes.Map(app, this);
        app.StartAsync().GetAwaiter().GetResult();

        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var https = new Uri(addresses.Single(a => a.StartsWith("https://", StringComparison.Ordinal)));
        var http = new Uri(addresses.Single(a => a.StartsWith("http://", StringComparison.Ordinal)));
        ResourceManagerEndpoint = new Uri($"https://127.0.0.1:{https.Port}/");
        IdentityEndpoint = new Uri($"http://127.0.0.1:{http.Port}/msi/token");
        Environment.SetEnvironmentVariable("IDENTITY_ENDPOINT", IdentityEndpoint.ToString());
        Environment.SetEnvironmentVariable("IDENTITY_HEADER", identityHeader);
    }

    /// <summary>The process's fake, started on first use (and the managed-identity environment set).</summary>
    public static FakeAzureServer Shared => Instance.Value;

    public Uri ResourceManagerEndpoint { get; }

    /// <summary>Log Analytics' query API, served on the same host (SreBot appends <c>v1/...</c>).</summary>
    public Uri LogAnalyticsEndpoint => ResourceManagerEndpoint;

    public Uri IdentityEndpoint { get; }

    /// <summary>A new, empty world with a fresh subscription id.</summary>
    public FakeWorld NewWorld()
    {
        var world = new FakeWorld(Guid.NewGuid().ToString());
        worlds[world.Subscription] = world;
        return world;
    }

    internal FakeWorld? WorldOf(string subscription) => worlds.GetValueOrDefault(subscription);

    /// <summary>A new, empty Entra directory behind the fake Microsoft Graph (<see cref="FakeDirectory.GraphEndpoint"/>).</summary>
    public FakeDirectory NewDirectory()
    {
        var id = Guid.NewGuid().ToString();
        var directory = new FakeDirectory(id, new Uri(ResourceManagerEndpoint, $"{FakeGraph.Prefix.TrimStart('/')}/{id}/v1.0"));
        directories[id] = directory;
        return directory;
    }

    internal FakeDirectory? DirectoryOf(string id) => directories.GetValueOrDefault(id);

    /// <summary>A new, empty Key Vault on a host of its own, whose tokens this fake's managed identity issues (<see cref="FakeKeyVault.VaultUri"/>).</summary>
    public FakeKeyVault NewKeyVault() => new(this);

    /// <summary>Whether an Authorization header carries a bearer token this fake issued for <paramref name="audience"/>.</summary>
    internal bool IsTokenFor(string authorization, string audience)
        => authorization.StartsWith("Bearer ", StringComparison.Ordinal) && tokens.TryGetValue(authorization["Bearer ".Length..], out var issued) && issued == audience;

    /// <summary>The App Service managed-identity protocol (api-version 2019-08-01).</summary>
    internal IResult IssueToken(HttpContext context)
    {
        var query = context.Request.Query;
        if (context.Request.Headers["X-IDENTITY-HEADER"] != identityHeader)
        {
            return Results.Json(new { error = "invalid_request", error_description = "X-IDENTITY-HEADER is missing or wrong." }, statusCode: 400);
        }

        if (query["api-version"] != "2019-08-01" || string.IsNullOrEmpty(query["resource"]))
        {
            return Results.Json(new { error = "invalid_request", error_description = "api-version=2019-08-01 and resource are required." }, statusCode: 400);
        }

        var resource = query["resource"].ToString();
        var token = "fake-" + Guid.NewGuid().ToString("N");
        tokens[token] = resource.TrimEnd('/');
        var expires = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Json(new { access_token = token, expires_on = expires, resource, token_type = "Bearer", client_id = "aaaaaaaa-0000-0000-0000-000000000001" });
    }

    private async Task GuardAsync(HttpContext context, RequestDelegate next)
    {
        // The managed-identity endpoint is open; Graph checks its own audience (FakeGraph).
        if (context.Request.Path.StartsWithSegments("/msi") || context.Request.Path.StartsWithSegments(FakeGraph.Prefix))
        {
            await next(context);
            return;
        }

        var path = context.Request.Path.Value ?? string.Empty;
        // Log Analytics is served on the same host, under /v1 (a resource-centric query path), and wants its own audience.
        var logAnalytics = context.Request.Path.StartsWithSegments("/v1");
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(logAnalytics ? 1 : 0).ToArray();
        var world = segments.Length >= 2 && segments[0].Equals("subscriptions", StringComparison.OrdinalIgnoreCase) ? WorldOf(segments[1]) : null;
        world?.Record(new FakeRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty));

        var authorization = context.Request.Headers.Authorization.ToString();
        if (!context.Request.IsHttps || !authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            || !tokens.TryGetValue(authorization["Bearer ".Length..], out var audience) || audience != (logAnalytics ? LogAnalyticsAudience : ArmAudience))
        {
            await Error(context, 401, "InvalidAuthenticationToken", "The access token is invalid.");
            return;
        }

        if (world is null)
        {
            await Error(context, 404, "SubscriptionNotFound", "The subscription could not be found.");
            return;
        }

        if (world.TakeFault(path) is { } fault)
        {
            if (fault.RetryAfterSeconds is { } seconds)
            {
                context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            await Error(context, fault.Status, fault.ErrorCode ?? "Error", fault.ErrorMessage ?? "Scripted fault.");
            return;
        }

        context.Items[nameof(FakeWorld)] = world;
        await next(context);
    }

    internal static Task Error(HttpContext context, int status, string code, string message)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });
    }
}
