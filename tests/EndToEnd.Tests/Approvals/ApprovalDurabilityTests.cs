using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Approvals;

/// <summary>
/// SECURITY.md, Reliability: a process killed with approvals pending. Two real process lifetimes over one data
/// directory: after the restart, approving still works and runs once, and an undecided request still expires on time.
/// </summary>
public sealed class ApprovalDurabilityTests
{
    private static readonly TimeSpan Expiry = TimeSpan.FromSeconds(45);
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Approvals__Expiry"] = Expiry.ToString(),
        ["Approvals__SweepInterval"] = "00:00:01",
    };

    [Fact]
    public async Task PendingApprovals_SurviveAKilledProcess_ApprovalRunsOnce_AndTheOtherStillExpires()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var token = cancellation.Token;
        var dataDirectory = Directory.CreateTempSubdirectory("srebot-durability-").FullName;
        try
        {
            string toApprove, toExpire;
            var first = new BotProcess(dataDirectory, Settings);
            await first.InitializeAsync();
            try
            {
                var admin = await ClientAsync(first, "ada", "admin", token);
                Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/api/v1/agent/mode", new { mode = "Privileged" }, token)).StatusCode);
                toApprove = await RequestRestartAsync(first, token);
                toExpire = await RequestRestartAsync(first, token);
            }
            finally
            {
                await first.KillAsync();
                await first.DisposeAsync();
            }

            await using var second = new BotProcess(dataDirectory, Settings);
            await second.InitializeAsync();
            var approver = await ClientAsync(second, "abe", "approver", token);

            var approved = await approver.PostAsJsonAsync($"/api/v1/approvals/{toApprove}/decision", new { decision = "approve" }, token);
            var again = await approver.PostAsJsonAsync($"/api/v1/approvals/{toApprove}/decision", new { decision = "approve" }, token);

            Assert.True(approved.StatusCode == HttpStatusCode.OK, $"{approved.StatusCode}: {await approved.Content.ReadAsStringAsync(token)}\n{second.Describe()}");
            Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
            var executed = await GetAsync(approver, toApprove, token);
            Assert.Equal("Executed", executed.GetProperty("status").GetString());
            Assert.Single(executed.GetProperty("history").EnumerateArray(), e => e.GetProperty("kind").GetString() == "executed");

            var expiresAt = (await GetAsync(approver, toExpire, token)).GetProperty("expiresAt").GetDateTimeOffset();
            var status = await WaitForStatusAsync(approver, toExpire, "Expired", expiresAt + TimeSpan.FromSeconds(30), token);
            Assert.True(status == "Expired", $"the undecided approval should expire at {expiresAt:O} after the restart, but it is {status}");
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static Task<HttpClient> ClientAsync(BotProcess bot, string user, string role, CancellationToken token)
        => BotClients.ApiAsync(bot, user, role, token);

    private static async Task<string> RequestRestartAsync(BotProcess bot, CancellationToken token)
    {
        await using var client = await BotClients.McpAsync(bot, "olga", "operator", token);
        return await BotClients.RequestRestartAsync(client, token);
    }

    private static async Task<JsonElement> GetAsync(HttpClient client, string id, CancellationToken token)
        => await client.GetFromJsonAsync<JsonElement>($"/api/v1/approvals/{id}", token);

    // Polls the API (the observable effect of the background sweep) until the status is reached or the deadline passes.
    private static async Task<string?> WaitForStatusAsync(HttpClient client, string id, string wanted, DateTimeOffset deadline, CancellationToken token)
    {
        string? status;
        do
        {
            status = (await GetAsync(client, id, token)).GetProperty("status").GetString();
            if (status == wanted)
            {
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), token);
        }
        while (DateTimeOffset.UtcNow < deadline);

        return status;
    }
}
