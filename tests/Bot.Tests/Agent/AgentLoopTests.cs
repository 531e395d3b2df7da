using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Agent;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;

namespace SreBot.Bot.Tests.Agent;

/// <summary>Free-form questions in chat, answered by the real OpenAI client talking to a scripted model on loopback.</summary>
public sealed class AgentLoopTests
{
    private const string VmBatch = $"{SandboxIds.ShopProd}/providers/Microsoft.Compute/virtualMachines/vm-batch-01";

    [Fact]
    public async Task ReadInvestigation_CallsTheTools_ThroughTheCallPath_AndAnswers_WithAuditAndTrace()
    {
        await using var host = await AgentHost.StartAsync();
        host.Model
            .Then(ScriptedReply.Call("resource_health_get", new { resourceId = SandboxIds.CheckoutApi }))
            .Then(ScriptedReply.Call("logs_search", new { resourceId = SandboxIds.CheckoutApi, minimumLevel = "Error" }))
            .Then(ScriptedReply.Call("investigate", new { resource = "app-checkout-api" }))
            .Then(ScriptedReply.Text("app-checkout-api is degraded: OutOfMemoryException in its logs points to a memory leak."));

        await host.SendAsync("why is checkout failing since 14:00?");

        var reply = await host.NextTextAsync();
        Assert.Contains("memory leak", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("⚠", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Simulated", reply.Text, StringComparison.Ordinal);
        Assert.Equal(4, host.Model.Requests.Count);
        var first = host.Model.Requests.First();
        Assert.Contains("resource_health_get", first.ToolNames);
        Assert.Contains("investigate", first.ToolNames);
        Assert.DoesNotContain(first.ToolNames, n => n.Contains("approv", StringComparison.Ordinal) && n != "approval_get");
        Assert.DoesNotContain(first.ToolNames, n => n.Contains("mode", StringComparison.Ordinal) || n.Contains("role", StringComparison.Ordinal) || n.Contains("scope", StringComparison.Ordinal));
        var toolMessage = host.Model.Requests.ElementAt(1).ToolMessages.Single();
        using (var wrapped = JsonDocument.Parse(toolMessage))
        {
            var data = wrapped.RootElement.GetProperty("untrusted_data");
            Assert.Equal("srebot:resource_health_get", data.GetProperty("source").GetString());
            Assert.Equal("ok", data.GetProperty("status").GetString());
        }

        var toolCalls = await host.AuditAsync(AuditEventTypes.ToolCall);
        Assert.Contains(toolCalls, r => r.Tool == "resource_health_get" && r.Decision == AuditDecisions.Allow);
        Assert.Contains(toolCalls, r => r.Tool == "logs_search" && r.Decision == AuditDecisions.Allow);
        var interaction = Assert.Single(await host.AuditAsync(LlmAuditEvents.Interaction));
        Assert.Equal("answered", interaction.Outcome);
        Assert.Equal("scripted-model", interaction.Tool);
        Assert.Contains("input_tokens=400;output_tokens=80;tool_calls=3;", interaction.Detail, StringComparison.Ordinal);
        var investigation = host.Model.Requests.ElementAt(3).ToolMessages[^1];
        Assert.Contains("srebot:investigate", investigation, StringComparison.Ordinal);
        Assert.Contains("restart app-checkout-api", investigation, StringComparison.Ordinal);

        var trace = Assert.Single((await host.TracesAsync()).EnumerateArray());
        var tools = trace.GetProperty("steps").EnumerateArray().Select(s => s.GetProperty("tool").GetString()).ToList();
        Assert.Equal(["resource_health_get", "logs_search", "resources_list"], tools.Take(3));
        Assert.Contains("metrics_query", tools);
    }

    [Fact]
    public async Task RestartRequest_InPrivilegedMode_BecomesAPendingApproval_WithACard_AndNothingRuns()
    {
        await using var host = await AgentHost.StartAsync();
        await host.App.SetModeAsync("Privileged");
        host.Model
            .Then(ScriptedReply.Call("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "memory leak" }))
            .Then(ScriptedReply.Text("I asked for a restart of app-checkout-api; it waits for an approver."));

        await host.SendAsync("please restart checkout, it leaks memory");

        var card = await host.Connector.NextAsync(a => a.Card is not null);
        var reply = await host.NextTextAsync();
        Assert.Contains("waits for an approver", reply.Text, StringComparison.Ordinal);
        var approvals = await host.App.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>("/api/v1/approvals?status=Pending", TestContext.Token);
        var approval = Assert.Single(Items(approvals));
        Assert.Equal("local:aad-olga", approval.GetProperty("requestedBy").GetString());
        Assert.Contains(approval.GetProperty("id").GetString()!, card.AllText, StringComparison.Ordinal);
        Assert.Equal(0, host.App.Estate.Writes);
        var told = host.Model.Requests.ElementAt(1).ToolMessages.Single();
        Assert.Contains("pending_approval", told, StringComparison.Ordinal);
        Assert.Contains("NOT made", told, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RestartRequest_InReaderMode_IsNotEvenOffered_SoTheCallIsRefused_NoApproval_NoWrite()
    {
        await using var host = await AgentHost.StartAsync();
        host.Model
            .Then(ScriptedReply.Call("resource_restart", new { resourceId = SandboxIds.CheckoutApi, reason = "memory leak" }))
            .Then(ScriptedReply.Text("SreBot is in Reader mode, so I could not ask for a restart."));

        await host.SendAsync("restart checkout please, it leaks");

        var reply = await host.NextTextAsync();
        Assert.Contains("Reader mode", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Connector.All, a => a.Card is not null);
        Assert.Equal(0, host.App.Estate.Writes);
        Assert.DoesNotContain("resource_restart", host.Model.Requests.First().ToolNames);
        Assert.Contains("not found", host.Model.Requests.ElementAt(1).ToolMessages.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownTool_AndOutOfScopeResource_AreRefused_ToldToTheModel_AndNothingRuns()
    {
        await using var host = await AgentHost.StartAsync();
        await host.App.SetModeAsync("Privileged");
        host.Model
            .Then(ScriptedReply.Call("approval_decide", new { approvalId = "x", decision = "approve" }))
            .Then(ScriptedReply.Call("logs_search", new { resourceId = SandboxIds.LedgerApi }))
            .Then(ScriptedReply.Call("resource_restart", new { resourceId = SandboxIds.LedgerApi, reason = "because" }))
            .Then(ScriptedReply.Text("I can't reach app-ledger-api."));

        await host.SendAsync("look at the ledger api and fix it");

        await host.NextTextAsync();
        var requests = host.Model.Requests.ToList();
        Assert.Equal(4, requests.Count);
        Assert.Contains("not found", requests[1].ToolMessages[^1], StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"status\":\"refused\"", requests[2].ToolMessages[^1], StringComparison.Ordinal);
        Assert.Contains("\"status\":\"refused\"", requests[3].ToolMessages[^1], StringComparison.Ordinal);
        Assert.Equal(0, host.App.Estate.Writes);
        Assert.DoesNotContain(host.Connector.All, a => a.Card is not null);
        var denied = (await host.AuditAsync(AuditEventTypes.ToolCall)).Where(r => r.Decision == AuditDecisions.Deny).Select(r => r.Tool).ToList();
        Assert.Contains("logs_search", denied);
        Assert.Contains("resource_restart", denied);
        var steps = Assert.Single((await host.TracesAsync()).EnumerateArray()).GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal("approval_decide", steps[0].GetProperty("tool").GetString());
        Assert.False(steps[0].GetProperty("succeeded").GetBoolean());
        var pending = await host.App.ClientFor("rita", "reader").GetFromJsonAsync<JsonElement>("/api/v1/approvals?status=Pending", TestContext.Token);
        Assert.Empty(Items(pending));
    }

    [Fact]
    public async Task RunawayModel_StopsAtMaxToolCallsPerTurn_WithAClearMessage()
    {
        await using var host = await AgentHost.StartAsync(new Dictionary<string, string?> { ["Llm:MaxToolCallsPerTurn"] = "3" });
        host.Model.Always(_ => ScriptedReply.Call("resource_health_get", new { resourceId = SandboxIds.CheckoutApi }));

        await host.SendAsync("keep checking checkout forever");

        var reply = await host.NextTextAsync();
        Assert.Contains("stopped after 3 tool calls", reply.Text, StringComparison.Ordinal);
        Assert.InRange(host.Model.Requests.Count, 3, 5);
        Assert.Equal(3, (await host.AuditAsync(AuditEventTypes.ToolCall)).Count(r => r.Tool == "resource_health_get"));
        Assert.Equal("limit:tool-calls", Assert.Single(await host.AuditAsync(LlmAuditEvents.Interaction)).Outcome);
    }

    [Fact]
    public async Task TokensPerTurn_AreLimited_WithAClearMessage()
    {
        await using var host = await AgentHost.StartAsync(new Dictionary<string, string?> { ["Llm:MaxTokensPerTurn"] = "150" });
        host.Model
            .Then(ScriptedReply.Call("resource_health_get", new { resourceId = SandboxIds.CheckoutApi }, promptTokens: 200))
            .Then(ScriptedReply.Text("never reached"));

        await host.SendAsync("how is checkout?");

        var reply = await host.NextTextAsync();
        Assert.Contains("used its 150 tokens (Llm:MaxTokensPerTurn)", reply.Text, StringComparison.Ordinal);
        Assert.Single(host.Model.Requests);
        Assert.Equal("limit:tokens-per-turn", Assert.Single(await host.AuditAsync(LlmAuditEvents.Interaction)).Outcome);
    }

    [Fact]
    public async Task TokensPerUserPerDay_AreLimited_AndKeptInTheDatabase()
    {
        await using var host = await AgentHost.StartAsync(new Dictionary<string, string?> { ["Llm:MaxTokensPerUserPerDay"] = "300" });
        host.Model.Always(_ => ScriptedReply.Text("fine", promptTokens: 200));

        await host.SendAsync("how is checkout?");
        Assert.Equal("fine", (await host.NextTextAsync()).Text?.Split('\n')[0]);
        await host.SendAsync("and now?");
        await host.NextTextAsync();
        await host.SendAsync("and now, again?");

        var reply = await host.NextTextAsync();
        Assert.Contains("allowance for today (300 tokens, Llm:MaxTokensPerUserPerDay)", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, host.Model.Requests.Count);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(host.App.DataDirectory, "srebot.db")};Mode=ReadOnly");
        await connection.OpenAsync(TestContext.Token);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT tokens FROM llm_token_usage WHERE user_id = 'local:aad-olga'";
        Assert.Equal(440L, await command.ExecuteScalarAsync(TestContext.Token));
    }

    [Fact]
    public async Task SlowModel_IsCutOffAtTurnTimeoutSeconds_WithAClearMessage()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await AgentHost.StartAsync(new Dictionary<string, string?> { ["Llm:TurnTimeoutSeconds"] = "30" }, time: time);
        host.Model.Then(_ =>
        {
            received.TrySetResult();
            release.Task.Wait(TimeSpan.FromSeconds(30));
            return ScriptedReply.Text("too late");
        });

        var sending = host.SendAsync("why is checkout slow?");
        await received.Task.WaitAsync(TestContext.Token);
        time.Advance(TimeSpan.FromSeconds(31));

        var reply = await host.NextTextAsync();
        release.TrySetResult();
        await sending;
        Assert.Contains("took longer than 30 s (Llm:TurnTimeoutSeconds)", reply.Text, StringComparison.Ordinal);
        Assert.Equal("limit:time", Assert.Single(await host.AuditAsync(LlmAuditEvents.Interaction)).Outcome);
    }

    [Fact]
    public async Task ModelThatRejectsTheRequest_IsAnsweredClearly_AndAudited()
    {
        await using var host = await AgentHost.StartAsync();
        host.Model.Then(ScriptedReply.Error(400, "This model does not support tools"));

        await host.SendAsync("why is checkout slow?");

        var reply = await host.NextTextAsync();
        Assert.Contains("could not be reached or did not answer properly", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("support tools", reply.Text, StringComparison.Ordinal);
        Assert.Equal("error", Assert.Single(await host.AuditAsync(LlmAuditEvents.Interaction)).Outcome);
    }

    [Fact]
    public async Task Help_WithAModel_SaysWhichOne()
    {
        await using var host = await AgentHost.StartAsync();

        await host.SendAsync("help");

        var card = await host.Connector.NextAsync(a => a.Card is not null);
        Assert.Contains("OpenAICompatible model scripted-model", card.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAICompatibleKind_SendsTheOptionalKey_AsABearerToken()
    {
        await using var host = await AgentHost.StartAsync(new Dictionary<string, string?> { ["Llm:ApiKey"] = "sk-local-test-key" });
        host.Model.Then(ScriptedReply.Text("hi"));

        await host.SendAsync("hello there");
        await host.NextTextAsync();

        var request = Assert.Single(host.Model.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("Bearer sk-local-test-key", request.Authorization);
        Assert.Equal("scripted-model", request.Body.GetProperty("model").GetString());
    }

    private static IEnumerable<JsonElement> Items(JsonElement page)
        => page.ValueKind == JsonValueKind.Array ? page.EnumerateArray() : page.GetProperty("items").EnumerateArray();
}
