using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SreBot.EndToEnd.Tests.Harness;
using SreBot.Testing;

namespace SreBot.EndToEnd.Tests.Replicas;

/// <summary>
/// Issue 15: PostgreSQL stopped (<c>pg_ctl stop -m fast</c>) and started again under a bounded load on two replicas. Every
/// write that was acknowledged is there afterwards, every call during the outage is a plain 503 problem (no exception
/// text), calls work again after, and the audit chain verifies. The server is a cluster of this test's own.
/// </summary>
public sealed class DatabaseOutageTests
{
    private const int Writers = 4;
    private const int AcknowledgedTarget = 60;
    private const int MaxAttempts = 2_000;

    [Fact]
    public async Task PostgreSqlRestartedDuringLoad_LosesNoAcknowledgedWrite_AnswersPlain503s_AndTheChainVerifies()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var token = cancellation.Token;
        await using var cluster = await PostgresCluster.StartAsync(token);
        await using var replicas = await BotReplicas.StartAsync(2, null, token, cluster.ConnectionString);
        var clients = new[]
        {
            await BotClients.ApiAsync(replicas[0], "olga", "operator", token),
            await BotClients.ApiAsync(replicas[1], "olga", "operator", token),
        };

        var acknowledged = new ConcurrentBag<string>();
        var refusals = new ConcurrentBag<(HttpStatusCode Status, string? ContentType, string Body)>();
        var attempts = 0;
        var outageSeen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thirdAcknowledged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var restarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task WriteAsync(int writer)
        {
            while (acknowledged.Count < AcknowledgedTarget && Interlocked.Increment(ref attempts) <= MaxAttempts)
            {
                var text = $"outage probe {writer}-{attempts}-{Guid.NewGuid():N}";
                var response = await clients[writer % 2].PostAsJsonAsync("/api/v1/memories", new { text, visibility = "private" }, token);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>(token)).GetProperty("id").GetString()!);
                    if (acknowledged.Count >= AcknowledgedTarget / 3)
                    {
                        thirdAcknowledged.TrySetResult();
                    }
                }
                else
                {
                    refusals.Add((response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync(token)));
                    outageSeen.TrySetResult();
                    await restarted.Task.WaitAsync(token); // one refusal per writer while the server is down
                }
            }
        }

        var load = Task.WhenAll(Enumerable.Range(0, Writers).Select(WriteAsync));
        await thirdAcknowledged.Task.WaitAsync(token);
        await cluster.StopServerAsync(token);
        await outageSeen.Task.WaitAsync(token);
        await cluster.StartServerAsync(token);
        restarted.SetResult();
        await load;

        Assert.True(acknowledged.Count >= AcknowledgedTarget, $"{acknowledged.Count} writes acknowledged in {attempts} attempts\n{replicas.Describe()}");
        Assert.NotEmpty(refusals);
        Assert.All(refusals, r => Assert.True(
            r.Status == HttpStatusCode.ServiceUnavailable && r.ContentType == "application/problem+json"
            && !r.Body.Contains("Exception", StringComparison.Ordinal) && !r.Body.Contains("Npgsql", StringComparison.Ordinal),
            $"{(int)r.Status} {r.ContentType}: {r.Body}\n{replicas.Describe()}"));

        // Nothing acknowledged is lost, whichever replica is asked.
        foreach (var client in clients)
        {
            var listed = (await client.GetFromJsonAsync<JsonElement>("/api/v1/memories", token)).EnumerateArray().Select(m => m.GetProperty("id").GetString()).ToHashSet();
            Assert.All(acknowledged, id => Assert.Contains(id, listed));
        }

        using var auditor = await BotClients.ApiAsync(replicas[1], "aude", "auditor", token);
        var verification = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", token);
        Assert.True(verification.GetProperty("ok").GetBoolean(), verification.GetRawText());
        foreach (var client in clients)
        {
            client.Dispose();
        }
    }
}
