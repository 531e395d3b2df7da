using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ModelContextProtocol.Client;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Approvals;

/// <summary>
/// SECURITY.md, Reliability: a process killed with approvals pending. Two real process lifetimes over one data
/// directory: after the restart, approving still works and runs once, and an undecided request still expires on time.
/// </summary>
public sealed class ApprovalDurabilityTests
{
    private const string CheckoutApi = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api";
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

    private static async Task<HttpClient> ClientAsync(BotProcess bot, string user, string role, CancellationToken token)
    {
        var client = new HttpClient { BaseAddress = bot.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await bot.MintTokenAsync(user, [role], token));
        return client;
    }

    private static async Task<string> RequestRestartAsync(BotProcess bot, CancellationToken token)
    {
        var http = await ClientAsync(bot, "olga", "operator", token);
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = bot.McpEndpoint }, http, ownsHttpClient: true);
        await using var client = await McpClient.CreateAsync(transport, cancellationToken: token);
        var result = await client.CallToolAsync(
            "resource_restart",
            new Dictionary<string, object?> { ["resourceId"] = CheckoutApi, ["reason"] = "memory leak" },
            cancellationToken: token);
        return result.StructuredContent?.GetProperty("approvalId").GetString()
               ?? throw new InvalidOperationException($"expected a pending approval: {JsonSerializer.Serialize(result)}");
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
