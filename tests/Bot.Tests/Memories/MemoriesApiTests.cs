using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Audit;
using SreBot.Shared.Identity;
using SreBot.Shared.Memories;

namespace SreBot.Bot.Tests.Memories;

/// <summary><c>/api/v1/memories</c> through the real host: roles, isolation between users, and erasure from the files.</summary>
public sealed class MemoriesApiTests : IDisposable
{
    private readonly SreBotApp _app = new();
    private readonly string _canary = $"canary{Guid.NewGuid():N}";

    [Fact]
    public async Task WithoutAToken_IsUnauthorized()
    {
        var response = await _app.CreateClient().GetAsync("/api/v1/memories", TestContext.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UserB_NeverSeesOrDeletes_UserAsPrivateMemory_AndTheContextSourceNeverGivesItToB()
    {
        var alice = _app.ClientFor("alice", "reader");
        var bob = _app.ClientFor("bob", "reader");
        var admin = _app.ClientFor("ada", "admin");
        var created = await alice.PostAsJsonAsync("/api/v1/memories", new { text = $"{_canary} checkout restart window is 03:00" }, TestContext.Token);
        var memory = await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);
        var id = memory.GetProperty("id").GetString();

        var bobList = await bob.GetStringAsync("/api/v1/memories", TestContext.Token);
        var bobDelete = await bob.DeleteAsync($"/api/v1/memories/{id}", TestContext.Token);
        var adminDelete = await admin.DeleteAsync($"/api/v1/memories/{id}", TestContext.Token);
        var aliceList = await alice.GetStringAsync("/api/v1/memories", TestContext.Token);
        var source = _app.Services.GetServices<IAgentContextSource>().Single(s => s.Name == "memories");
        var forBob = await source.GetContextAsync(new CallerIdentity("bob", new HashSet<string> { Roles.Reader }, "teams"), "checkout restart window", TestContext.Token);
        var forAlice = await source.GetContextAsync(new CallerIdentity("alice", new HashSet<string> { Roles.Reader }, "teams"), "checkout restart window", TestContext.Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("private", memory.GetProperty("visibility").GetString());
        Assert.DoesNotContain(_canary, bobList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bobDelete.StatusCode);
        Assert.Equal("application/problem+json", bobDelete.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, adminDelete.StatusCode);
        Assert.Contains(_canary, aliceList, StringComparison.Ordinal);
        Assert.Empty(forBob);
        Assert.Contains(_canary, Assert.Single(forAlice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TeamMemory_NeedsAdminOrOperator_IsSeenByEveryone_AndOnlyTheOwnerOrAnAdminDeletesIt()
    {
        var refused = await _app.ClientFor("rita", "reader").PostAsJsonAsync("/api/v1/memories", new { text = "team fact", visibility = "team" }, TestContext.Token);
        var created = await _app.ClientFor("olga", "operator").PostAsJsonAsync("/api/v1/memories", new { text = "checkout on-call is team Basket", visibility = "team" }, TestContext.Token);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("id").GetString();

        var seen = await _app.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>("/api/v1/memories", TestContext.Token);
        var ritaDelete = await _app.ClientFor("rita", "reader").DeleteAsync($"/api/v1/memories/{id}", TestContext.Token);
        var adminDelete = await _app.ClientFor("ada", "admin").DeleteAsync($"/api/v1/memories/{id}", TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(id, Assert.Single(seen.EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal(HttpStatusCode.NotFound, ritaDelete.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, adminDelete.StatusCode);
    }

    [Fact]
    public async Task BadInput_IsA400_AndASecretIsRefusedWithTheReason()
    {
        var client = _app.ClientFor("alice", "reader");

        var secret = await client.PostAsJsonAsync("/api/v1/memories", new { text = "storage key AccountKey=abcdefghijklmnopqrstuvwxyz0123456789+/==" }, TestContext.Token);
        var empty = await client.PostAsJsonAsync("/api/v1/memories", new { text = "  " }, TestContext.Token);
        var visibility = await client.PostAsJsonAsync("/api/v1/memories", new { text = "x", visibility = "world" }, TestContext.Token);
        var malformed = await client.PostAsync("/api/v1/memories", new StringContent("{\"text\":", System.Text.Encoding.UTF8, "application/json"), TestContext.Token);

        Assert.Equal(HttpStatusCode.BadRequest, secret.StatusCode);
        Assert.Contains("secret", await secret.Content.ReadAsStringAsync(TestContext.Token), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, visibility.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal("[]", await client.GetStringAsync("/api/v1/memories", TestContext.Token));
        Assert.False(await DatabaseFiles.ContainsAsync(_app.DataDirectory, "abcdefghijklmnopqrstuvwxyz0123456789"));
    }

    [Fact]
    public async Task Delete_ByTheOwner_RemovesTheTextFromTheDatabaseFiles_AndIsAudited()
    {
        var client = _app.ClientFor("alice", "reader");
        var created = await client.PostAsJsonAsync("/api/v1/memories", new { text = $"{_canary} remember me" }, TestContext.Token);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("id").GetString();

        var deleted = await client.DeleteAsync($"/api/v1/memories/{id}", TestContext.Token);

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        await DatabaseFiles.AssertNotFoundAsync(_app.DataDirectory, _canary);
        var records = await _app.Audit.QueryAsync(new AuditQuery(UserId: "alice"), TestContext.Token);
        Assert.Contains(records, r => r.EventType == MemoryAuditEvents.Created && r.Detail!.StartsWith(id!, StringComparison.Ordinal));
        Assert.Contains(records, r => r.EventType == MemoryAuditEvents.Deleted && r.Detail == id);
        Assert.True((await _app.Audit.VerifyAsync(TestContext.Token)).Ok);
    }

    public void Dispose() => _app.Dispose();
}
