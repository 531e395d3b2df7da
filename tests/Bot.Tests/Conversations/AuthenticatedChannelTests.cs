using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Azure.Core;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;
using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Tests.BotAuthentication;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>
/// The bot endpoint with an app id: a loopback OpenID/JWKS server plays the Bot Framework's key publisher, tokens are
/// minted here, and the outbound connector is the loopback recorder. SECURITY.md, "Bot endpoint /api/messages".
/// </summary>
public sealed class AuthenticatedChannelTests : IAsyncLifetime, IDisposable
{
    private const string AppId = "6d8b2f1e-93a4-4c5d-8e7f-0a1b2c3d4e5f";

    private OpenIdTestServer _openId = null!;
    private ConnectorRecorder _connector = null!;
    private SreBotApp _app = null!;

    public async Task InitializeAsync()
    {
        _openId = await OpenIdTestServer.StartAsync(TestContext.Token);
        _connector = await ConnectorRecorder.StartAsync();
        _app = new SreBotApp(new Dictionary<string, string?>
        {
            ["Bot:AppId"] = AppId,
            ["Bot:OpenIdMetadataUrl"] = _openId.MetadataUrl,
            ["Bot:AllowedServiceUrls:0"] = _connector.ServiceUrl,
        });
    }

    [Fact]
    public async Task ValidToken_IsServed_AndTheReplyCarriesSreBotsOwnToken()
    {
        var response = await Send(Token(_connector.ServiceUrl), ActivityBuilder.Message(_connector.ServiceUrl, "whoami", aadObjectId: "aad-ada"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await _connector.NextAsync();
        Assert.Equal("Bearer token-from-srebots-azure-identity", reply.Authorization);
        Assert.Contains("no SreBot role", reply.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ServiceUrlClaimMismatch_Gets403_AndNothingIsSent()
    {
        var response = await Send(Token(BotTokenMinter.ServiceUrl), ActivityBuilder.Message(_connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.All);
    }

    [Fact]
    public async Task KeyNotEndorsedForTheChannel_Gets403()
    {
        var token = new BotTokenMinter(AppId, TimeProvider.System).Mint(_openId.SkypeKey, d => d.Claims[BotConnectorDefaults.ServiceUrlClaim] = _connector.ServiceUrl);

        var response = await Send(token, ActivityBuilder.Message(_connector.ServiceUrl, "help"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.All);
    }

    [Fact]
    public async Task NoToken_Gets401()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "help"), TestContext.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.All);
    }

    public async Task DisposeAsync()
    {
        await _connector.DisposeAsync();
        await _openId.DisposeAsync();
    }

    public void Dispose() => _app.Dispose();

    private string Token(string serviceUrlClaim)
        => new BotTokenMinter(AppId, TimeProvider.System).Mint(_openId.TeamsKey, d => d.Claims[BotConnectorDefaults.ServiceUrlClaim] = serviceUrlClaim);

    private Task<HttpResponseMessage> Send(string token, object activity)
    {
        var client = _app.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton<TokenCredential>(new FixedCredential()))).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.PostAsJsonAsync("/api/messages", activity, TestContext.Token);
    }

    /// <summary>Stands in for SreBot's managed identity, which only exists in Azure.</summary>
    private sealed class FixedCredential : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => new("token-from-srebots-azure-identity", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
