using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SreBot.EndToEnd.Tests.Harness;
using SreBot.Testing;

namespace SreBot.EndToEnd.Tests.Replicas;

/// <summary>
/// Issue 15: two real host processes on one PostgreSQL database behave like one — state changed on one is what the other
/// uses next, a decision raced on both runs once, one audit chain, and an erasure on one leaves nothing readable on disk.
/// </summary>
public sealed class TwoReplicasTests(TwoReplicasFixture fixture) : IClassFixture<TwoReplicasFixture>
{
    private const int ConcurrentApprovals = 20;

    private BotReplicas Replicas => fixture.Replicas;

    [Fact]
    public async Task AModeChangedOnOneReplica_AppliesOnTheOthersNextCall()
    {
        var token = Timeout();
        using var adminOnFirst = await BotClients.ApiAsync(Replicas[0], "ada", "admin", token);
        using var adminOnSecond = await BotClients.ApiAsync(Replicas[1], "ada", "admin", token);

        foreach (var mode in new[] { "Privileged", "Reader", "Privileged" })
        {
            var changed = await adminOnFirst.PostAsJsonAsync("/api/v1/agent/mode", new { mode }, token);
            Assert.True(changed.StatusCode == HttpStatusCode.OK, $"{changed.StatusCode}: {await changed.Content.ReadAsStringAsync(token)}");

            var seen = await adminOnSecond.GetFromJsonAsync<JsonElement>("/api/v1/agent", token);
            Assert.Equal(mode, seen.GetProperty("mode").GetString());
        }

        // And the call path of the other replica uses it: in Reader mode a restart is refused, not queued for approval.
        Assert.Equal(HttpStatusCode.OK, (await adminOnSecond.PostAsJsonAsync("/api/v1/agent/mode", new { mode = "Reader" }, token)).StatusCode);
        await using var operatorOnFirst = await BotClients.McpAsync(Replicas[0], "olga", "operator", token);
        var refused = await operatorOnFirst.CallToolAsync(
            "resource_restart", new Dictionary<string, object?> { ["resourceId"] = BotClients.CheckoutApi, ["reason"] = "memory leak" }, cancellationToken: token);
        Assert.True(refused.IsError == true, $"a restart in Reader mode set on the other replica should be refused: {JsonSerializer.Serialize(refused)}");
    }

    [Fact]
    public async Task TwentyApprovalsDecidedOnBothReplicasAtOnce_EachExecutesExactlyOnce()
    {
        var token = Timeout();
        using var admin = await BotClients.ApiAsync(Replicas[0], "ada", "admin", token);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/v1/agent/mode", new { mode = "Privileged" }, token)).StatusCode);
        using var auditor = await BotClients.ApiAsync(Replicas[1], "aude", "auditor", token);
        await using var reader = await BotClients.McpAsync(Replicas[1], "rita", "reader", token);
        var restartsBefore = await BotClients.RestartsInActivityLogAsync(reader, token);

        // Requested half on each replica.
        await using var operatorOnFirst = await BotClients.McpAsync(Replicas[0], "olga", "operator", token);
        await using var operatorOnSecond = await BotClients.McpAsync(Replicas[1], "olga", "operator", token);
        var ids = new List<string>();
        for (var i = 0; i < ConcurrentApprovals; i++)
        {
            ids.Add(await BotClients.RequestRestartAsync(i % 2 == 0 ? operatorOnFirst : operatorOnSecond, token));
        }

        // Every approval approved on both replicas at the same time: 40 decisions in flight.
        var approvers = new[]
        {
            await BotClients.ApiAsync(Replicas[0], "abe", "approver", token),
            await BotClients.ApiAsync(Replicas[1], "abe", "approver", token),
        };
        var decisions = ids.SelectMany(id => approvers.Select(async approver =>
            (id, (await approver.PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, token)).StatusCode)));
        var answers = await Task.WhenAll(decisions);

        foreach (var id in ids)
        {
            var statuses = answers.Where(a => a.id == id).Select(a => a.StatusCode).Order().ToList();
            Assert.True(statuses.SequenceEqual([HttpStatusCode.OK, HttpStatusCode.Conflict]), $"{id}: {string.Join(", ", statuses)}\n{Replicas.Describe()}");
        }

        // The effects, not the answers: one restart in the estate and one approval.executed record per approval.
        Assert.Equal(restartsBefore + ConcurrentApprovals, await BotClients.RestartsInActivityLogAsync(reader, token));
        var executed = await BotClients.AuditRecordsAsync(auditor, "approval.executed", token);
        foreach (var id in ids)
        {
            Assert.Single(executed, r => r.GetProperty("detail").GetString() == id);
        }

        foreach (var approver in approvers)
        {
            approver.Dispose();
        }
    }

    [Fact]
    public async Task CallsOnBothReplicas_WriteOneAuditChain_ThatVerifies()
    {
        var token = Timeout();
        using var onFirst = await BotClients.ApiAsync(Replicas[0], "aude", "auditor", token);
        using var onSecond = await BotClients.ApiAsync(Replicas[1], "aude", "auditor", token);

        // Interleaved API calls on both (each is an api.call record, written before its answer).
        var calls = Enumerable.Range(0, 40).Select(i => (i % 2 == 0 ? onFirst : onSecond).GetAsync("/api/v1/agent", token));
        Assert.All(await Task.WhenAll(calls), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));

        var records = await BotClients.AuditRecordsAsync(onFirst, "api.call", token);
        Assert.True(records.Count >= 40, $"{records.Count} api.call records");
        foreach (var replica in new[] { onFirst, onSecond })
        {
            var verification = await replica.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", token);
            Assert.True(verification.GetProperty("ok").GetBoolean(), verification.GetRawText());
        }

        // One chain: the sequences both replicas wrote are gapless.
        var all = await AllSequencesAsync(onSecond, token);
        Assert.Equal(Enumerable.Range(1, all.Count).Select(i => (long)i), all);
    }

    [Fact]
    public async Task AMemoryStoredOnOneReplicaAndErasedOnTheOther_LeavesItsTextInNoTableOrIndexFile()
    {
        var token = Timeout();
        var text = $"the failover runbook lives in vault shelf {Guid.NewGuid():N}";
        using var onFirst = await BotClients.ApiAsync(Replicas[0], "olga", "operator", token);
        using var onSecond = await BotClients.ApiAsync(Replicas[1], "olga", "operator", token);

        var created = await onFirst.PostAsJsonAsync("/api/v1/memories", new { text, visibility = "private" }, token);
        Assert.True(created.StatusCode == HttpStatusCode.Created, $"{created.StatusCode}: {await created.Content.ReadAsStringAsync(token)}");
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetString();
        var listed = await onSecond.GetFromJsonAsync<JsonElement>("/api/v1/memories", token);
        Assert.Contains(listed.EnumerateArray(), m => m.GetProperty("id").GetString() == id);

        // Before the erasure the text is on disk (so the search below can find it).
        await CheckpointAsync(token);
        Assert.True(await PostgresDataFiles.ContainAsync(Replicas.ConnectionString, text, token));

        Assert.Equal(HttpStatusCode.NoContent, (await onSecond.DeleteAsync($"/api/v1/memories/{id}", token)).StatusCode);

        await CheckpointAsync(token);
        var found = await PostgresDataFiles.FindAsync(Replicas.ConnectionString, text, token);
        Assert.True(found is null, $"the erased memory is still readable in: {found}");
    }

    // Every sequence of the chain, in order (all event types).
    private static async Task<List<long>> AllSequencesAsync(HttpClient auditor, CancellationToken token)
    {
        var sequences = new List<long>();
        long? after = null;
        do
        {
            var page = await auditor.GetFromJsonAsync<JsonElement>($"/api/v1/audit?limit=1000{(after is { } a ? $"&after={a}" : string.Empty)}", token);
            sequences.AddRange(page.GetProperty("records").EnumerateArray().Select(r => r.GetProperty("sequence").GetInt64()));
            after = page.GetProperty("nextAfter") is { ValueKind: JsonValueKind.Number } next ? next.GetInt64() : null;
        }
        while (after is not null);

        return sequences;
    }

    // CHECKPOINT writes every dirty page to the table and index files.
    private async Task CheckpointAsync(CancellationToken token)
    {
        await using var connection = new NpgsqlConnection(Replicas.ConnectionString);
        await connection.OpenAsync(token);
        await using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection);
        await checkpoint.ExecuteNonQueryAsync(token);
    }

    private static CancellationToken Timeout() => new CancellationTokenSource(TimeSpan.FromMinutes(3)).Token;
}
