using System.Net;
using System.Net.Http.Json;
using System.Text;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>SECURITY.md, bot endpoint input handling and local mode.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"type": 42, "conversation": "x"}""")]
    [InlineData("""{"type":"message"}""")]
    [InlineData("[]")]
    public async Task MalformedActivity_Gets400_WithoutAStackTrace(string body)
    {
        var response = await Post(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(" at ", await response.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Empty(_connector.All);
    }

    [Fact]
    public async Task DeeplyNestedJson_Gets400()
    {
        var body = new string('[', 200) + new string(']', 200);
        var nested = $$"""{"type":"message","value":{{body}}}""";

        Assert.Equal(HttpStatusCode.BadRequest, (await Post(nested)).StatusCode);
    }

    [Fact]
    public async Task OversizedBody_Gets413()
    {
        var text = new string('x', 300 * 1024);

        var response = await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, text), TestContext.Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task LocalMode_NonLoopbackServiceUrl_IsRefused_AndNothingIsSent()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message("https://smba.trafficmanager.net/emea/", "help"), TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(_connector.All);
    }

    [Fact]
    public async Task LocalMode_ServiceUrlOnAnUnlistedLoopbackPort_IsRefused_AndNothingIsSent()
    {
        // Bot:LocalServiceUrls is not set: only the Playground's default connector URL is served, not this loopback port.
        using var app = new SreBotApp();

        var response = await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "help"), TestContext.Token);
        var elsewhere = await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl + "admin/", "help"), TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, elsewhere.StatusCode);
        Assert.Empty(_connector.All);
    }

    [Fact]
    public async Task LocalMode_AListedServiceUrl_IsServed_ButNotAnotherPathOnTheSamePort()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Bot:LocalServiceUrls:0"] = _connector.ServiceUrl + "_connector" });

        var listed = await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl + "_connector", "help"), TestContext.Token);
        var otherPath = await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl + "_connectorx", "help"), TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherPath.StatusCode);
    }

    [Fact]
    public async Task WithAnAppId_AnUnauthenticatedActivity_Gets401_AndIsAudited()
    {
        using var app = new SreBotApp(new Dictionary<string, string?> { ["Bot:AppId"] = "00000000-0000-0000-0000-00000000b07f", ["Bot:OpenIdMetadataUrl"] = "http://127.0.0.1:9/openid" });

        var response = await app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "help"), TestContext.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_connector.All);
        var failures = await app.Audit.QueryAsync(new AuditQuery(EventType: AuditEventTypes.AuthFailure), TestContext.Token);
        Assert.Contains(failures, r => r.Tool == "POST /api/messages" && r.Detail == "MissingToken");
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> Post(string body)
        => _app.CreateClient().PostAsync("/api/messages", new StringContent(body, Encoding.UTF8, "application/json"), TestContext.Token);
}
