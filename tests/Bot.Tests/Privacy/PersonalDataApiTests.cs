using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Privacy;

namespace SreBot.Bot.Tests.Privacy;

/// <summary>
/// <c>/api/v1/me/export</c>, <c>DELETE /api/v1/me</c> and the admin routes, over the real host with two users who left
/// data in every store: exports are complete and isolated, erasure leaves no byte of the user on disk, the other user's
/// data stays, and the audit chain still verifies.
/// </summary>
public sealed class PersonalDataApiTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;
    private PersonalDataScenario _scenario = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorRecorder.StartAsync(_app);
        _scenario = new PersonalDataScenario(_app, _connector);
        await _scenario.SeedAsync();
    }

    [Fact]
    public async Task Export_HoldsAllOfTheUsersData_AndNothingOfAnyoneElses()
    {
        var s = _scenario;
        var b = await s.ExportAsync(s.B);
        var a = await s.ExportAsync(s.A);

        foreach (var (export, me, other, myCanary, otherCanary, myApproval, otherApproval) in new[]
        {
            (b, s.B, s.A, s.CanaryB, s.CanaryA, s.ApprovalOfB, s.ApprovalOfA),
            (a, s.A, s.B, s.CanaryA, s.CanaryB, s.ApprovalOfA, s.ApprovalOfB),
        })
        {
            var raw = export.GetRawText();
            var data = export.GetProperty("data");
            Assert.Equal(me, export.GetProperty("userId").GetString());
            Assert.DoesNotContain(other, raw, StringComparison.Ordinal);
            Assert.DoesNotContain(otherCanary, raw, StringComparison.Ordinal);

            var thread = Assert.Single(data.GetProperty("threads").EnumerateArray());
            Assert.Equal(s.PersonalThreadOf(me), thread.GetProperty("id").GetString());
            Assert.Contains(myCanary, thread.GetProperty("messages").GetRawText(), StringComparison.Ordinal);
            var shared = Assert.Single(data.GetProperty("messages").EnumerateArray());
            Assert.Equal($"did anyone see {myCanary}?", shared.GetProperty("text").GetString());
            var trace = Assert.Single(data.GetProperty("traces").EnumerateArray());
            Assert.Equal(me, trace.GetProperty("requestedBy").GetString());
            Assert.NotEmpty(trace.GetProperty("steps").EnumerateArray());

            var approvals = data.GetProperty("approvals").EnumerateArray().ToDictionary(x => x.GetProperty("id").GetString()!);
            Assert.Equal(new[] { myApproval, otherApproval }.Order(StringComparer.Ordinal), approvals.Keys.Order(StringComparer.Ordinal));
            Assert.Equal($"{myCanary}", approvals[myApproval].GetProperty("reason").GetString());
            Assert.Equal(ErasedUser.OtherUser, approvals[myApproval].GetProperty("decidedBy").GetString());
            Assert.Equal(ErasedUser.OtherUser, approvals[otherApproval].GetProperty("requestedBy").GetString());
            Assert.Equal(me, approvals[otherApproval].GetProperty("decidedBy").GetString());
            Assert.Equal($"no, {myCanary}", approvals[otherApproval].GetProperty("decisionComment").GetString());

            Assert.Equal(me, Assert.Single(data.GetProperty("chatUsers").EnumerateArray()).GetProperty("userId").GetString());
            Assert.Equal("auditor", Assert.Single(data.GetProperty("roles").EnumerateArray()).GetProperty("role").GetString());
            Assert.Single(data.GetProperty("exports").EnumerateArray());
            Assert.Equal(1, export.GetProperty("counts").GetProperty("threads").GetInt32());
        }
    }

    [Fact]
    public async Task Erase_LeavesNoTraceOnDisk_KeepsTheOtherUsersData_AndTheAuditStillVerifies()
    {
        var s = _scenario;
        Assert.NotEmpty(await s.FilesContainingAsync(s.A));
        Assert.NotEmpty(await s.FilesContainingAsync(s.CanaryA));
        var before = (await s.ExportAsync(s.B)).GetProperty("data");

        var response = await s.Client(s.A).DeleteAsync("/api/v1/me", TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var erased = (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token)).GetProperty("erased");
        Assert.Equal(1, erased.GetProperty("threads").GetInt32());
        Assert.True(erased.GetProperty("messages").GetInt32() >= 2, erased.GetRawText()); // the message and SreBot's answer
        Assert.Equal(2, erased.GetProperty("approvals").GetInt32()); // their request, and their decision on the other's
        Assert.Equal(1, erased.GetProperty("traces").GetInt32());
        Assert.Equal(1, erased.GetProperty("roles").GetInt32());
        Assert.Equal(1, erased.GetProperty("exports").GetInt32());

        Assert.Empty(await s.FilesContainingAsync(s.A));
        Assert.Empty(await s.FilesContainingAsync(s.CanaryA));

        var after = (await s.ExportAsync(s.B)).GetProperty("data");
        foreach (var category in new[] { "threads", "messages", "traces", "chatUsers", "roles" })
        {
            Assert.Equal(before.GetProperty(category).GetRawText(), after.GetProperty(category).GetRawText());
        }

        Assert.Contains(s.CanaryB, after.GetProperty("messages").GetRawText(), StringComparison.Ordinal);
        var own = Assert.Single(after.GetProperty("approvals").EnumerateArray());
        Assert.Equal(s.ApprovalOfB, own.GetProperty("id").GetString());
        Assert.Equal(ErasedUser.Marker, own.GetProperty("decidedBy").GetString());
        Assert.Equal(JsonValueKind.Null, own.GetProperty("decisionComment").ValueKind);

        var verify = await _app.ClientFor("ada", "auditor").GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Token);
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.GetRawText());
        var records = await _app.Audit.QueryAsync(new AuditQuery(EventType: PrivacyAuditEvents.Erased), TestContext.Token);
        Assert.Null(Assert.Single(records).UserId); // the erased user acted, and is no longer linked
        Assert.Single(await _app.Audit.QueryAsync(new AuditQuery(EventType: AuditEventTypes.ActorErased), TestContext.Token));
    }

    [Fact]
    public async Task ExportEraseExport_RoundTrips_ToAnEmptyExport()
    {
        var s = _scenario;
        var first = await s.ExportAsync(s.A);
        Assert.All(first.GetProperty("counts").EnumerateObject().Where(c => c.Name is "threads" or "messages" or "approvals" or "traces"), c => Assert.True(c.Value.GetInt32() > 0, c.Name));

        Assert.Equal(HttpStatusCode.OK, (await s.Client(s.A).DeleteAsync("/api/v1/me", TestContext.Token)).StatusCode);
        var second = await s.ExportAsync(s.A);

        Assert.All(second.GetProperty("counts").EnumerateObject(), c => Assert.Equal(0, c.Value.GetInt32()));
        Assert.DoesNotContain(s.CanaryA, second.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KeptExport_IsServedToItsOwnerOnly()
    {
        var s = _scenario;
        var response = await s.Client(s.A).GetAsync("/api/v1/me/export", TestContext.Token);
        var id = response.Headers.GetValues("X-SreBot-Export-Id").Single();
        var exported = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token);

        var kept = await s.Client(s.A).GetAsync($"/api/v1/me/exports/{id}", TestContext.Token);
        var byOther = await s.Client(s.B).GetAsync($"/api/v1/me/exports/{id}", TestContext.Token);
        var byAdmin = await _app.ClientFor("ada", "admin").GetAsync($"/api/v1/me/exports/{id}", TestContext.Token);
        var bogus = await s.Client(s.A).GetAsync("/api/v1/me/exports/..%2F..%2Fsrebot.db", TestContext.Token);

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.True(kept.Headers.CacheControl?.NoStore, "personal data must not be cached");
        Assert.True(response.Headers.CacheControl?.NoStore, "personal data must not be cached");
        Assert.Equal(id, exported.GetProperty("exportId").GetString());
        Assert.True(System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(exported.GetRawText()), await kept.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonNode>(TestContext.Token)));
        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byAdmin.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, bogus.StatusCode);
    }

    [Fact]
    public async Task AdminRoutes_AreForAdminsOnly_AndTheAuditLogNeverHoldsTheSubjectsId()
    {
        var s = _scenario;
        var refusedExport = await s.Client(s.B).GetAsync($"/api/v1/users/{s.A}/export", TestContext.Token);
        var refusedErase = await _app.ClientFor("ivan", "reader", "operator", "approver", "auditor").DeleteAsync($"/api/v1/users/{s.A}", TestContext.Token);
        var export = await _app.ClientFor("ada", "admin").GetFromJsonAsync<JsonElement>($"/api/v1/users/{s.A}/export", TestContext.Token);
        var erase = await _app.ClientFor("ada", "admin").DeleteAsync($"/api/v1/users/{s.A}", TestContext.Token);

        Assert.Equal(HttpStatusCode.Forbidden, refusedExport.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refusedErase.StatusCode);
        Assert.Contains(s.CanaryA, export.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        Assert.Empty(await s.FilesContainingAsync(s.A));
        Assert.Empty(await s.FilesContainingAsync(s.CanaryA));
        Assert.Equal(0, (await _app.ClientFor("ada", "admin").GetFromJsonAsync<JsonElement>($"/api/v1/users/{s.A}/export", TestContext.Token))
            .GetProperty("counts").GetProperty("threads").GetInt32());

        var records = await _app.Audit.QueryAsync(new AuditQuery(Limit: 1000), TestContext.Token);
        Assert.Contains(records, r => r.Tool == "DELETE /api/v1/users/{userId}" && r.UserId == "ada");
        Assert.Contains(records, r => r.Tool == "GET /api/v1/users/{userId}/export" && r.Decision == AuditDecisions.Deny);
        Assert.True((await _app.Audit.VerifyAsync(TestContext.Token)).Ok);
    }

    public Task DisposeAsync() => _connector.DisposeAsync().AsTask();

    public void Dispose() => _app.Dispose();
}
