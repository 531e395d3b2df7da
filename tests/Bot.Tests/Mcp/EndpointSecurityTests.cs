using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using SreBot.Bot.Auth;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Mcp;

/// <summary>SECURITY.md, "MCP endpoint /mcp and API /api/v1".</summary>
public sealed class EndpointSecurityTests : IDisposable
{
    private const string InitializeBody = """{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25","capabilities":{},"clientInfo":{"name":"test","version":"1"}}}""";

    private readonly SreBotApp _app = new();

    [Fact]
    public async Task NoToken_Gets401_WithResourceMetadata_AndAnAuditRecord()
    {
        var response = await _app.CreateClient().SendAsync(Initialize(), TestContext.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("resource_metadata=", challenge.Parameter, StringComparison.Ordinal);
        var failures = await _app.Audit.QueryAsync(new AuditQuery(EventType: AuditEventTypes.AuthFailure), TestContext.Token);
        Assert.Contains(failures, r => r.Detail == "MissingToken");
    }

    [Fact]
    public async Task ResourceMetadata_NamesThisServerAsTheResource()
    {
        var metadata = await _app.CreateClient().GetFromJsonAsync<Dictionary<string, object>>("/.well-known/oauth-protected-resource/mcp", TestContext.Token);

        Assert.Equal("http://localhost/mcp", metadata!["resource"].ToString());
    }

    [Theory]
    [InlineData("audience")]
    [InlineData("issuer")]
    [InlineData("expired")]
    [InlineData("unknown-key")]
    [InlineData("hs256")]
    [InlineData("alg-none")]
    public async Task BadToken_Gets401(string defect)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MintDefective(defect));

        var response = await client.SendAsync(Initialize(), TestContext.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task TokenInQueryString_IsRejected()
    {
        var response = await _app.CreateClient().PostAsync(
            $"/mcp?access_token={_app.Token("rita", "reader")}",
            new StringContent(InitializeBody, Encoding.UTF8, "application/json"),
            TestContext.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ForeignOrigin_Gets403()
    {
        var client = _app.ClientFor("rita", "reader");
        var request = Initialize();
        request.Headers.Add("Origin", "http://evil.example");

        var response = await client.SendAsync(request, TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task SameOrigin_IsAllowed()
    {
        var client = _app.ClientFor("rita", "reader");
        var request = Initialize();
        request.Headers.Add("Origin", "http://localhost");

        var response = await client.SendAsync(request, TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ForeignHost_Gets400()
    {
        var client = _app.ClientFor("rita", "reader");
        var request = Initialize();
        request.Headers.Host = "evil.example";

        var response = await client.SendAsync(request, TestContext.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SessionId_PresentedByAnotherUser_Gets403()
    {
        var owner = _app.ClientFor("rita", "reader");
        var initialized = await owner.SendAsync(Initialize(), TestContext.Token);
        var sessionId = initialized.Headers.GetValues("Mcp-Session-Id").Single();
        var intruder = _app.ClientFor("mallory", "reader");
        var request = new HttpRequestMessage(HttpMethod.Post, "/mcp") { Content = new StringContent("""{"jsonrpc":"2.0","id":2,"method":"tools/list"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add("Mcp-Session-Id", sessionId);
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        request.Headers.Add("MCP-Protocol-Version", "2025-11-25");

        var response = await intruder.SendAsync(request, TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.True(sessionId.Length >= 16, "session ids are long random values");
    }

    public void Dispose() => _app.Dispose();

    private static HttpRequestMessage Initialize()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/mcp") { Content = new StringContent(InitializeBody, Encoding.UTF8, "application/json") };
        request.Headers.Accept.ParseAdd("application/json, text/event-stream");
        return request;
    }

    private string MintDefective(string defect)
    {
        var local = new AuthOptions().Local;
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = defect == "issuer" ? "someone-else" : local.Issuer,
            Audience = defect == "audience" ? "api://another-app" : local.Audience,
            Claims = new Dictionary<string, object> { ["sub"] = "rita", ["roles"] = new[] { "reader" } },
            IssuedAt = defect == "expired" ? now.AddHours(-2) : now,
            NotBefore = defect == "expired" ? now.AddHours(-2) : now,
            Expires = defect == "expired" ? now.AddMinutes(-6) : now.AddHours(1),
        };
        var handler = new JsonWebTokenHandler();
        switch (defect)
        {
            case "unknown-key":
                descriptor.SigningCredentials = new SigningCredentials(new RsaSecurityKey(System.Security.Cryptography.RSA.Create(2048)) { KeyId = "k" }, SecurityAlgorithms.RsaSha256);
                break;
            case "hs256":
                descriptor.SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256);
                break;
            case "alg-none":
                return handler.CreateToken(System.Text.Json.JsonSerializer.Serialize(new { iss = local.Issuer, aud = local.Audience, sub = "rita", roles = new[] { "reader" }, exp = new DateTimeOffset(now.AddHours(1)).ToUnixTimeSeconds() }));
            default:
                descriptor.SigningCredentials = new SigningCredentials(_app.Services.GetRequiredService<LocalSigningKey>().SigningKey, SecurityAlgorithms.RsaSha256);
                break;
        }

        return handler.CreateToken(descriptor);
    }
}
