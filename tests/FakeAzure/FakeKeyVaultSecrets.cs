using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SreBot.FakeAzure;

/// <summary>
/// The Key Vault secrets REST API of one <see cref="FakeKeyVault"/>, served at the root of a loopback HTTPS host of its own
/// (as a vault is, at <c>https://{vault}.vault.azure.net/</c>; the SDK reads ids as vault/secrets/name/version): set a
/// secret (<c>PUT /secrets/{name}</c>), get one (<c>GET /secrets/{name}[/{version}]</c>) and list its versions
/// (<c>GET /secrets/{name}/versions</c>), answered as the azure-rest-api-specs examples show them (<c>SetSecret</c>,
/// <c>GetSecret</c>, <c>GetSecretVersions</c>: <c>value</c>, <c>id</c> = vault/secrets/name/version, <c>attributes</c> with
/// Unix-time <c>created</c>/<c>updated</c>; lists in <c>value</c> with <c>nextLink</c>; errors as
/// <c>{"error":{"code","message"}}</c>, <c>SecretNotFound</c> for a missing secret). Authentication is Key Vault's
/// challenge: a request without a token the fake managed identity issued for this vault's resource gets 401 with
/// <c>WWW-Authenticate: Bearer authorization="…", resource="…"</c>, naming the vault's host as the resource, which the SDK
/// then asks a token for.
/// </summary>
public static class FakeKeyVaultSecrets
{
    public const string Tenant = "72f988bf-0000-0000-0000-000000000000";

    /// <summary>Starts the vault's host (HTTPS on a free loopback port, trusted through <see cref="FakeAzureTrust"/>); returns it and its URL.</summary>
    internal static (WebApplication App, Uri VaultUri) Start(FakeAzureServer server, Func<FakeKeyVault> vaultOf)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o => o.UseHttps(FakeAzureTrust.ServerCertificate)));
        builder.Services.AddRouting();
        var app = builder.Build();
        Map(app, server, vaultOf);
        app.StartAsync().GetAwaiter().GetResult();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return (app, new Uri($"https://127.0.0.1:{address.Port}/"));
    }

    private static void Map(WebApplication app, FakeAzureServer server, Func<FakeKeyVault> vaultOf)
    {
        var vaults = app.MapGroup(string.Empty).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var vault = vaultOf();
            var authorization = http.Request.Headers.Authorization.ToString();
            vault.Record(new FakeRequest(http.Request.Method, http.Request.Path.Value ?? string.Empty, authorization.Length > 0 ? "token" : "no-token"));
            var resource = $"https://{http.Request.Host}";
            if (!http.Request.IsHttps || !server.IsTokenFor(authorization, resource))
            {
                http.Response.Headers.WWWAuthenticate = $"Bearer authorization=\"https://login.microsoftonline.com/{Tenant}\", resource=\"{resource}\"";
                return Error(401, "Unauthorized", "AKV10000: Request is missing a Bearer or PoP token.");
            }

            http.Items[nameof(FakeKeyVault)] = vault;
            return await next(context);
        });

        vaults.MapPut("/secrets/{name}", SetAsync);
        vaults.MapGet("/secrets/{name}/versions", (HttpContext context, string name) => ListVersions(context, Vault(context), name));
        vaults.MapGet("/secrets/{name}/{version}", (HttpContext context, string name, string version) => Get(context, Vault(context), name, version));
        vaults.MapGet("/secrets/{name}", (HttpContext context, string name) => Get(context, Vault(context), name, version: null));
    }

    private static FakeKeyVault Vault(HttpContext context) => (FakeKeyVault)context.Items[nameof(FakeKeyVault)]!;

    private static async Task<IResult> SetAsync(HttpContext context, string name)
    {
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        if (body?["value"]?.GetValue<string>() is not { } value)
        {
            return Error(400, "BadParameter", "Property value is required.");
        }

        var version = Vault(context).Set(name, value, body["contentType"]?.GetValue<string>());
        return Results.Json(Bundle(context, name, version, withValue: true));
    }

    private static IResult Get(HttpContext context, FakeKeyVault vault, string name, string? version)
    {
        var versions = vault.Versions(name);
        var found = version is null ? (versions.Count > 0 ? versions[^1] : null) : versions.FirstOrDefault(v => v.Version == version);
        return found is null
            ? Error(404, "SecretNotFound", $"A secret with (name/id) {name}{(version is null ? string.Empty : "/" + version)} was not found in this key vault.")
            : Results.Json(Bundle(context, name, found, withValue: true));
    }

    private static IResult ListVersions(HttpContext context, FakeKeyVault vault, string name)
    {
        var items = new JsonArray([.. vault.Versions(name).Select(v => (JsonNode)Bundle(context, name, v, withValue: false))]);
        return Results.Json(new JsonObject { ["value"] = items, ["nextLink"] = null });
    }

    private static JsonObject Bundle(HttpContext context, string name, FakeSecretVersion version, bool withValue)
    {
        var created = version.Created.ToUnixTimeSeconds();
        var bundle = new JsonObject
        {
            ["id"] = $"{Vault(context).VaultUri.ToString().TrimEnd('/')}/secrets/{name}/{version.Version}",
            ["attributes"] = new JsonObject
            {
                ["enabled"] = version.Enabled,
                ["created"] = created,
                ["updated"] = created,
                ["recoveryLevel"] = "Recoverable+Purgeable",
            },
        };
        if (version.ContentType is not null)
        {
            bundle["contentType"] = version.ContentType;
        }

        if (withValue)
        {
            bundle["value"] = version.Value;
        }

        return bundle;
    }

    private static IResult Error(int status, string code, string message)
        => Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
