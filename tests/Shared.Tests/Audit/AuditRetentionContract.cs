using System.Text.Json;
using System.Data.Common;
using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// Audit retention deletes the front of the chain behind a signed checkpoint: what remains still verifies, and
/// tampering with the checkpoint or with what remains is reported at its position.
/// </summary>
public abstract class AuditRetentionContract
{
    private protected abstract Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null);

    private const int Records = 6;
    private protected const int Old = 3;
    private protected static readonly DateTimeOffset Cutoff = IAuditLogHost.Start.AddDays(Old);

    /// <summary>Records 5 and 6 trade places (each keeps its own hashes): reordered after the checkpoint.</summary>
    private const string SwapFiveAndSix = """
        CREATE TEMP TABLE swapped AS SELECT * FROM audit_records WHERE sequence IN (5, 6);
        UPDATE audit_records SET
            timestamp = s.timestamp, event_type = s.event_type, actor_ref = s.actor_ref, tool = s.tool,
            arguments_hash = s.arguments_hash, decision = s.decision, outcome = s.outcome,
            correlation_id = s.correlation_id, detail = s.detail, previous_hash = s.previous_hash, hash = s.hash
        FROM swapped s WHERE s.sequence = 11 - audit_records.sequence;
        """;

    [Fact]
    public async Task Purge_DeletesRecordsBeforeTheCutoff_BehindACheckpoint_AndTheRestVerifies()
    {
        await using var host = await AppendDailyRecordsAsync();

        var purged = await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        var remaining = await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);
        Assert.Equal(Old, purged);
        Assert.Equal([4, 5, 6, 7], remaining.Select(r => r.Sequence));
        var checkpoint = remaining[^1];
        Assert.Equal((AuditEventTypes.Checkpoint, (string?)null), (checkpoint.EventType, checkpoint.ActorRef));
        var detail = JsonDocument.Parse(checkpoint.Detail!).RootElement;
        Assert.Equal(Old, detail.GetProperty("checkpoint").GetInt64());
        Assert.Equal(remaining[0].PreviousHash, detail.GetProperty("hash").GetString());
        Assert.Equal(Old, detail.GetProperty("purged").GetInt32());
        Assert.Equal(new AuditVerification(true, 4, null, null, Old), await host.Log.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Purge_IsIdempotent_ASecondRunDeletesAndRecordsNothing()
    {
        await using var host = await AppendDailyRecordsAsync();
        await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);
        var before = await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);

        var again = await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        Assert.Equal(0, again);
        Assert.Equal(before, await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None));
        Assert.True((await host.Log.VerifyAsync(CancellationToken.None)).Ok);
    }

    [Fact]
    public async Task Purge_InChunks_WritesACheckpointPerChunk_AndKeepsVerifying()
    {
        await using var host = await AppendDailyRecordsAsync();

        var purged = await host.Retention(chunkSize: 2).PurgeOlderThanAsync(IAuditLogHost.Start.AddDays(5), CancellationToken.None);

        var remaining = await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);
        Assert.Equal(5, purged);
        Assert.Equal([6, 7, 8, 9], remaining.Select(r => r.Sequence));
        Assert.All(remaining.Skip(1), r => Assert.Equal(AuditEventTypes.Checkpoint, r.EventType));
        Assert.Equal(new AuditVerification(true, 4, null, null, 5), await host.Log.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Purge_DropsPseudonymMappings_OfUsersNoRemainingRecordMentions()
    {
        await using var host = await AppendDailyRecordsAsync();

        await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        Assert.Equal(["user-new"], await host.ReadRawColumnAsync("SELECT user_id FROM audit_actors ORDER BY user_id"));
        Assert.All(await host.Log.QueryAsync(new AuditQuery(UserId: "user-new"), CancellationToken.None), r => Assert.Equal("user-new", r.UserId));
    }

    [Fact]
    public async Task Purge_NeverDeletesInsideTheChain_ItStopsAtTheFirstRecordNotOlderThanTheCutoff()
    {
        await using var ahead = await StartAsync();
        await using var behind = await ahead.StartReplicaAsync();
        await ahead.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        ahead.Time.Advance(TimeSpan.FromDays(5));
        await ahead.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        // Another replica whose clock is days behind appends after that: its records are older than the cut-off.
        await behind.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);

        var purged = await ahead.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal([2L, 3L, 4L], (await ahead.Log.QueryAsync(new AuditQuery(), CancellationToken.None)).Select(r => r.Sequence));
        Assert.True((await behind.Log.VerifyAsync(CancellationToken.None)).Ok);
    }

    [Fact]
    public async Task Purge_RefusesToLaunderTampering_InTheRecordsItWouldDelete()
    {
        await using var host = await AppendDailyRecordsAsync();
        await host.TamperAsync("UPDATE audit_records SET decision = 'deny' WHERE sequence = 2");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None));

        Assert.Contains("at 2", refused.Message, StringComparison.Ordinal);
        Assert.Equal(Records, (await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None)).Count);
        var result = await host.Log.VerifyAsync(CancellationToken.None);
        Assert.Equal((false, 2L), (result.Ok, result.FirstBrokenSequence));
    }

    [Fact]
    public async Task DeleteTrigger_StillRefuses_RecordsAfterTheCheckpoint()
    {
        await using var host = await AppendDailyRecordsAsync();
        await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        var refused = await Assert.ThrowsAnyAsync<DbException>(() => host.ExecuteRawAsync("DELETE FROM audit_records WHERE sequence = 4"));

        Assert.Contains("append-only", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE audit_checkpoint SET sequence = 4", 4L, "checkpoint fails its MAC")]
    [InlineData("UPDATE audit_checkpoint SET hash = (SELECT hash FROM audit_records WHERE sequence = 4)", 3L, "checkpoint fails its MAC")]
    [InlineData("UPDATE audit_checkpoint SET created_at = '2020-01-01T00:00:00.0000000Z'", 3L, "checkpoint fails its MAC")]
    [InlineData("DELETE FROM audit_checkpoint", 1L, "record 1 is missing")]
    [InlineData("DELETE FROM audit_records WHERE sequence = 4", 4L, "record 4 is missing")]
    [InlineData("UPDATE audit_records SET decision = 'deny' WHERE sequence = 5", 5L, "edited")]
    [InlineData("UPDATE audit_records SET previous_hash = hash WHERE sequence = 4", 4L, "link to the checkpoint is broken")]
    [InlineData(SwapFiveAndSix, 5L, "link is broken")]
    public async Task Verify_AfterRetention_ReportsTampering_AtItsPosition(string tampering, long position, string problem)
    {
        await using var host = await AppendDailyRecordsAsync();
        await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);
        await host.TamperAsync(tampering);

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(position, result.FirstBrokenSequence);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ReportsACheckpointRolledBackToAnEarlierOne()
    {
        await using var host = await AppendDailyRecordsAsync();
        await host.Retention().PurgeOlderThanAsync(IAuditLogHost.Start.AddDays(1), CancellationToken.None);
        var earlier = await host.ReadRawColumnAsync("SELECT sequence || '|' || hash || '|' || created_at || '|' || mac FROM audit_checkpoint");
        await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);
        var parts = earlier.Single().Split('|');
        await host.TamperAsync($"UPDATE audit_checkpoint SET sequence = {parts[0]}, hash = '{parts[1]}', created_at = '{parts[2]}', mac = '{parts[3]}'");

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        Assert.Equal((false, 2L), (result.Ok, result.FirstBrokenSequence));
        Assert.Contains("record 2 is missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Appends_AfterRetention_ContinueTheChain()
    {
        await using var host = await AppendDailyRecordsAsync();
        await host.Retention().PurgeOlderThanAsync(Cutoff, CancellationToken.None);

        var next = await host.Log.AppendAsync(AuditEntries.ToolCall(userId: "user-old"), CancellationToken.None);

        Assert.Equal(8, next.Sequence);
        Assert.Equal(new AuditVerification(true, 5, null, null, Old), await host.Log.VerifyAsync(CancellationToken.None));
        Assert.Equal("user-old", Assert.Single(await host.Log.QueryAsync(new AuditQuery(UserId: "user-old"), CancellationToken.None)).UserId);
    }

    /// <summary>Six records, a day apart from <see cref="IAuditLogHost.Start"/>: three of <c>user-old</c>, then three of <c>user-new</c>.</summary>
    private protected async Task<IAuditLogHost> AppendDailyRecordsAsync()
    {
        var host = await StartAsync();
        for (var i = 1; i <= Records; i++)
        {
            await host.Log.AppendAsync(AuditEntries.ToolCall(userId: i <= Old ? "user-old" : "user-new"), CancellationToken.None);
            host.Time.Advance(TimeSpan.FromDays(1));
        }

        return host;
    }
}
