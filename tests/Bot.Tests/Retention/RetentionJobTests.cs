using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Hosting;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;
using SreBot.Shared.Leases;
using SreBot.Shared.Retention;
using SreBot.Shared.Scheduling;

namespace SreBot.Bot.Tests.Retention;

/// <summary>
/// The retention job in the real host on fake time: a pass at start and one per interval; an expired thread leaves
/// the database files, the purge is audited, and the audit log, cut behind its checkpoint, still verifies.
/// </summary>
public sealed class RetentionJobTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly string _canary = $"canary-{Guid.NewGuid():N}";
    private readonly SreBotApp _app;
    private ConnectorRecorder _connector = null!;
    private string _threadId = null!;

    public RetentionJobTests()
    {
        _app = new SreBotApp(
            new Dictionary<string, string?>
            {
                ["Retention:ThreadsDays"] = "1",
                ["Retention:AuditDays"] = "1",
                ["Retention:IntervalMinutes"] = "60",
            },
            _time);
    }

    private RetentionJob Job => _app.Services.GetRequiredService<RetentionJob>();

    public async Task InitializeAsync()
    {
        _connector = await ConnectorRecorder.StartAsync(_app);
        _threadId = new ConversationReference("msteams", _connector.ServiceUrl, ActivityBuilder.ConversationId, "personal", "tenant-1").ThreadId;
        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, $"investigate {_canary}"), TestContext.Token);
        await _connector.NextAsync();
        var atStart = await Job.TickAsync(1).WaitAsync(TestContext.Token);
        Assert.All(atStart!.Purges, p => Assert.Equal(0, p.Count));
    }

    [Fact]
    public async Task NextPass_PurgesTheExpiredThread_RecordsIt_AndNothingOfItStaysInTheDatabaseFiles()
    {
        Assert.NotNull(await _app.Services.GetRequiredService<IConversationStore>().GetThreadAsync(_threadId, TestContext.Token));

        var pass = await AdvanceToTheNextPassAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(60));

        Assert.Equal(1, pass.Purges.Single(p => p.DataType == RetainedDataTypes.Threads).Count);
        Assert.Null(await _app.Services.GetRequiredService<IConversationStore>().GetThreadAsync(_threadId, TestContext.Token));
        foreach (var file in Directory.EnumerateFiles(_app.DataDirectory, "srebot.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Token);
            Assert.False(Encoding.UTF8.GetString(bytes).Contains(_canary, StringComparison.Ordinal), $"{Path.GetFileName(file)} still holds the purged text");
        }

        var records = await _app.Audit.QueryAsync(new AuditQuery(EventType: RetentionAuditEvents.Purged), TestContext.Token);
        Assert.Contains(records, r => r.Detail!.Contains("\"dataType\":\"threads\"", StringComparison.Ordinal) && r.UserId is null);
    }

    [Fact]
    public async Task AuditRetention_LeavesAChainThatVerifies_ThroughTheApi()
    {
        var auditor = _app.ClientFor("aldo", "auditor");
        var before = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Token);

        var pass = await AdvanceToTheNextPassAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(60));

        var verify = await auditor.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Token);
        var purged = pass.Purges.Single(p => p.DataType == RetainedDataTypes.Audit).Count;
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.GetRawText());
        Assert.True(purged >= before.GetProperty("recordsChecked").GetInt64(), $"{purged} purged, {before.GetRawText()} before");
        Assert.Equal(purged, verify.GetProperty("checkpointSequence").GetInt64());
        var all = await _app.Audit.QueryAsync(new AuditQuery(Limit: 1000), TestContext.Token);
        Assert.Equal(purged + 1, all[0].Sequence);
        Assert.Contains(all, r => r.EventType == AuditEventTypes.Checkpoint);
        Assert.Contains(all, r => r.EventType == RetentionAuditEvents.Purged && r.Detail!.Contains("\"dataType\":\"audit\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("UPDATE audit_checkpoint SET sequence = sequence + 1", 1, "checkpoint fails its MAC")]
    [InlineData("DROP TRIGGER audit_records_no_update; UPDATE audit_records SET outcome = 'error' WHERE sequence = (SELECT sequence + 2 FROM audit_checkpoint)", 2, "edited")]
    [InlineData("DROP TRIGGER audit_records_delete_only_checkpointed; DELETE FROM audit_records WHERE sequence = (SELECT sequence + 1 FROM audit_checkpoint)", 1, "missing")]
    public async Task AfterAuditRetention_Tampering_IsReportedAtItsPosition_ThroughTheApi(string tampering, long afterCheckpoint, string problem)
    {
        await AdvanceToTheNextPassAsync(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(60));
        var checkpoint = (await _app.ClientFor("aldo", "auditor").GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Token))
            .GetProperty("checkpointSequence").GetInt64();
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_app.DataDirectory, "srebot.db")};Pooling=False"))
        {
            await connection.OpenAsync(TestContext.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = tampering;
            await command.ExecuteNonQueryAsync(TestContext.Token);
        }

        var verify = await _app.ClientFor("aldo", "auditor").GetFromJsonAsync<JsonElement>("/api/v1/audit/verify", TestContext.Token);

        Assert.False(verify.GetProperty("ok").GetBoolean());
        Assert.Equal(checkpoint + afterCheckpoint, verify.GetProperty("firstBrokenSequence").GetInt64());
        Assert.Contains(problem, verify.GetProperty("problem").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoJobs_OverOneDatabase_RunOnePassPerInterval()
    {
        var second = ActivatorUtilities.CreateInstance<RetentionJob>(_app.Services);
        using var replica = new ScheduledJobRunner([second], _app.Services.GetRequiredService<ILeaseStore>(), _time, NullLogger<ScheduledJobRunner>.Instance);
        await replica.StartAsync(TestContext.Token);
        try
        {
            Assert.Null(await second.TickAsync(1).WaitAsync(TestContext.Token));
            var ticks = new[] { Job.TickAsync(Job.CompletedTicks + 1), second.TickAsync(2) };

            _time.Advance(TimeSpan.FromMinutes(60));

            Assert.Single(await Task.WhenAll(ticks).WaitAsync(TestContext.Token), p => p is not null);
        }
        finally
        {
            await replica.StopAsync(TestContext.Token);
        }
    }

    /// <summary>Moves the clock on and returns the pass of the first tick after that (fake time fires the missed ticks at once).</summary>
    private async Task<RetentionPass> AdvanceToTheNextPassAsync(TimeSpan by)
    {
        var next = Job.TickAsync(Job.CompletedTicks + 1);
        _time.Advance(by);
        var pass = await next.WaitAsync(TestContext.Token);
        Assert.NotNull(pass);
        return pass;
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();
}
