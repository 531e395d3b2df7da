using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Replicas;

/// <summary>Issue 15: a replica killed with SIGKILL leaves nothing half-done that the other cannot finish.</summary>
public sealed class ReplicaLossTests
{
    [Fact]
    public async Task AnApprovalPendingOnAKilledReplica_IsApprovedOnTheOther_AndRunsOnce()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var token = cancellation.Token;
        await using var replicas = await BotReplicas.StartAsync(2, null, token);
        using var admin = await BotClients.ApiAsync(replicas[0], "ada", "admin", token);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/v1/agent/mode", new { mode = "Privileged" }, token)).StatusCode);
        string id;
        await using (var operatorOnFirst = await BotClients.McpAsync(replicas[0], "olga", "operator", token))
        {
            id = await BotClients.RequestRestartAsync(operatorOnFirst, token);
        }

        await replicas[0].KillAsync(); // SIGKILL of the whole process tree: no graceful shutdown

        using var approver = await BotClients.ApiAsync(replicas[1], "abe", "approver", token);
        using var auditor = await BotClients.ApiAsync(replicas[1], "aude", "auditor", token);
        await using var reader = await BotClients.McpAsync(replicas[1], "rita", "reader", token);
        var restartsBefore = await BotClients.RestartsInActivityLogAsync(reader, token);

        var approved = await approver.PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, token);
        var again = await approver.PostAsJsonAsync($"/api/v1/approvals/{id}/decision", new { decision = "approve" }, token);

        Assert.True(approved.StatusCode == HttpStatusCode.OK, $"{approved.StatusCode}: {await approved.Content.ReadAsStringAsync(token)}\n{replicas.Describe()}");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var approval = await approver.GetFromJsonAsync<JsonElement>($"/api/v1/approvals/{id}", token);
        Assert.Equal("Executed", approval.GetProperty("status").GetString());
        Assert.Equal(restartsBefore + 1, await BotClients.RestartsInActivityLogAsync(reader, token));
        Assert.Single(await BotClients.AuditRecordsAsync(auditor, "approval.executed", token), r => r.GetProperty("detail").GetString() == id);
        var verification = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", token);
        Assert.True(verification.GetProperty("ok").GetBoolean(), verification.GetRawText());
    }
}
