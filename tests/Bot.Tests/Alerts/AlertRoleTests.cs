using System.Net;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using SreBot.Bot.Auth;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Alerts;

/// <summary>The <c>alerts</c> role posts alerts and nothing else; no other role posts alerts.</summary>
public sealed class AlertRoleTests : IDisposable
{
    private readonly SreBotApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("GET", "/api/v1/incidents")]
    [InlineData("GET", "/api/v1/approvals")]
    [InlineData("GET", "/api/v1/agent")]
    [InlineData("GET", "/api/v1/memories")]
    [InlineData("GET", "/api/v1/me/export")]
    [InlineData("POST", "/mcp")]
    public async Task AnAlertSender_IsRefused_EverywhereButTheAlertWebhooks(string method, string path)
    {
        var response = await _app.ClientFor("alertmanager", "alerts").SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? JsonContent.Create(new { jsonrpc = "2.0", id = 1, method = "tools/list" }) : null,
        }, TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task AnAlertSender_CannotOpenAnMcpSession()
        => await Assert.ThrowsAnyAsync<HttpRequestException>(() => _app.McpClientFor("alertmanager", "alerts"));

    [Theory]
    [InlineData("reader")]
    [InlineData("admin")]
    [InlineData("operator")]
    [InlineData("approver")]
    [InlineData("auditor")]
    public async Task NoOtherRole_MayPostAlerts(string role)
    {
        foreach (var path in new[] { "/api/v1/alerts/alertmanager", "/api/v1/alerts/azure-monitor" })
        {
            var response = await _app.ClientFor("someone", role).PostAsJsonAsync(path, AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp")), TestContext.Token);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task WithoutAToken_TheWebhooksAnswer401()
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/v1/alerts/alertmanager", AlertPayloads.Alertmanager(AlertPayloads.AlertmanagerAlert("fp")), TestContext.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public void TheTokenCommand_MintsAnAlertsToken_WithALifetime()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = TokenCommand.Run(["token", "--user", "alertmanager", "--role", "alerts", "--lifetime", "60", $"--SreBot:DataDirectory={_app.DataDirectory}"], output, error);

        Assert.True(exit == 0, error.ToString());
        var token = new JsonWebTokenHandler().ReadJsonWebToken(output.ToString().Trim());
        Assert.Equal(["alerts"], token.Claims.Where(c => c.Type == "roles").Select(c => c.Value));
        Assert.InRange(token.ValidTo - token.ValidFrom, TimeSpan.FromMinutes(59), TimeSpan.FromMinutes(61));
    }
}
