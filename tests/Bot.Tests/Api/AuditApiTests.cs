using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Api;

public sealed class AuditApiTests : IDisposable
{
    private readonly SreBotApp _app = new();

    [Theory]
    [InlineData("reader")]
    [InlineData("operator")]
    [InlineData("approver")]
    public async Task NonAuditor_CannotReadTheAuditLog(string role)
    {
        var response = await _app.ClientFor("rita", role).GetAsync("/api/v1/audit", TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task NoToken_Gets401()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/audit", TestContext.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("auditor")]
    [InlineData("admin")]
    public async Task AuditorOrAdmin_QueriesByUserAndTool_AndVerifies(string role)
    {
        await using (var mcp = await _app.McpClientFor("rita", "reader"))
        {
            await mcp.CallToolAsync("resources_list", new Dictionary<string, object?> { ["resourceGroup"] = "rg-shop-prod" }, cancellationToken: TestContext.Token);
        }

        var client = _app.ClientFor("audrey", role);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?user=rita&tool=resources_list", TestContext.Token);
        var verify = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Token);

        var record = Assert.Single(page.GetProperty("records").EnumerateArray());
        Assert.Equal("rita", record.GetProperty("userId").GetString());
        Assert.Equal("allow", record.GetProperty("decision").GetString());
        Assert.True(verify.GetProperty("ok").GetBoolean());
    }

    [Fact]
    public async Task Reading_TheAuditLog_IsItselfAudited()
    {
        var client = _app.ClientFor("audrey", "auditor");
        await client.GetAsync("/api/v1/audit/verify", TestContext.Token);

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/audit?user=audrey", TestContext.Token);

        Assert.Contains(page.GetProperty("records").EnumerateArray(), r => r.GetProperty("tool").GetString() == "GET /api/v1/audit/verify");
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=5000")]
    [InlineData("from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")]
    [InlineData("from=yesterday")]
    public async Task BadQuery_Gets400Problem(string query)
    {
        var response = await _app.ClientFor("audrey", "auditor").GetAsync($"/api/v1/audit?{query}", TestContext.Token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    public void Dispose() => _app.Dispose();
}
