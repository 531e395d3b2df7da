using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Auth;

/// <summary>
/// RFC 9728 metadata for <c>/mcp</c>: with Entra configured it names Entra as the authorization server and the scope SreBot's
/// app registration exposes, so an OAuth-capable MCP client (VS Code) signs the person in without a hand-pasted token.
/// </summary>
public sealed class ProtectedResourceMetadataTests
{
    private const string Tenant = "72f988bf-86f1-41af-91ab-2d7cd011db47";

    [Fact]
    public async Task WithEntra_MetadataNamesTheEntraAuthorizationServer_AndTheExposedScope()
    {
        using var app = new SreBotApp(new Dictionary<string, string?>
        {
            ["Auth:Entra:TenantId"] = Tenant,
            ["Auth:Entra:Audiences:0"] = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0",
            ["Auth:Entra:Audiences:1"] = "api://srebot-contoso",
        });

        var metadata = await app.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/oauth-protected-resource/mcp", TestContext.Token);

        Assert.Equal("http://localhost/mcp", metadata.GetProperty("resource").GetString());
        Assert.Equal([$"https://login.microsoftonline.com/{Tenant}/v2.0"], metadata.GetProperty("authorization_servers").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["api://srebot-contoso/access_as_user"], metadata.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ConfiguredScopes_AreTheOnesNamed()
    {
        using var app = new SreBotApp(new Dictionary<string, string?>
        {
            ["Auth:Entra:TenantId"] = Tenant,
            ["Auth:Entra:Audiences:0"] = "api://srebot-contoso",
            ["Auth:Entra:Scopes:0"] = "api://srebot-contoso/SreBot.Use",
        });

        var metadata = await app.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/oauth-protected-resource/mcp", TestContext.Token);

        Assert.Equal(["api://srebot-contoso/SreBot.Use"], metadata.GetProperty("scopes_supported").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task WithoutEntra_MetadataNamesNoAuthorizationServer()
    {
        using var app = new SreBotApp();

        var metadata = await app.CreateClient().GetFromJsonAsync<JsonElement>("/.well-known/oauth-protected-resource/mcp", TestContext.Token);

        Assert.True(!metadata.TryGetProperty("authorization_servers", out var servers) || servers.GetArrayLength() == 0);
    }
}
