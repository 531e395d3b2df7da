using SreBot.Shared.Audit;
using SreBot.Shared.Audit.Chain;

namespace SreBot.Shared.Tests.Audit;

/// <summary>The verifier reports each kind of tampering at its position, on each backend.</summary>
public abstract class AuditLogVerifyContract
{
    private protected abstract Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null);

    private const int Records = 6;

    [Fact]
    public async Task Verify_IsOk_OnAnEmptyLog()
    {
        await using var host = await StartAsync();

        Assert.Equal(new AuditVerification(true, 0, null, null), await host.Log.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Verify_IsOk_OnAnIntactChain()
    {
        await using var host = await AppendRecordsAsync();

        Assert.Equal(new AuditVerification(true, Records, null, null), await host.Log.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Verify_ReportsAnEditedField_AtItsSequence()
    {
        await using var host = await AppendRecordsAsync();
        await host.TamperAsync("UPDATE audit_records SET decision = 'allow' WHERE sequence = 3");

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        AssertBroken(result, 3, "edited");
    }

    [Fact]
    public async Task Verify_ReportsAnEditedRecordWithRecomputedHash_AtTheNextLink()
    {
        await using var host = await AppendRecordsAsync();
        var records = await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);
        await RewriteAsync(host, [records[2] with { Decision = AuditDecisions.Allow }]);

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        AssertBroken(result, 4, "link");
    }

    [Fact]
    public async Task Verify_ReportsARechainedTail_AtTheHead()
    {
        await using var host = await AppendRecordsAsync();
        var records = await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);
        var rechained = new List<AuditRecord>();
        var previousHash = records[1].Hash;
        foreach (var record in records.Skip(2))
        {
            var edited = record with { Decision = AuditDecisions.Allow, PreviousHash = previousHash };
            edited = edited with { Hash = AuditCanonicalEncoding.ComputeHash(previousHash, AuditChainFields.Of(edited)) };
            rechained.Add(edited);
            previousHash = edited.Hash;
        }

        await RewriteAsync(host, rechained);

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        AssertBroken(result, Records, "head hash differs");
    }

    [Fact]
    public async Task Verify_ReportsADeletedMiddleRecord_AtTheGap()
    {
        await using var host = await AppendRecordsAsync();
        await host.TamperAsync("DELETE FROM audit_records WHERE sequence = 4");

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        AssertBroken(result, 4, "missing");
    }

    [Fact]
    public async Task Verify_ReportsSwappedRecords_AtTheFirstBrokenLink()
    {
        await using var host = await AppendRecordsAsync();
        await host.TamperAsync("""
            CREATE TEMP TABLE swapped AS SELECT * FROM audit_records WHERE sequence IN (3, 4);
            UPDATE audit_records SET
                timestamp = s.timestamp, event_type = s.event_type, actor_ref = s.actor_ref, tool = s.tool,
                arguments_hash = s.arguments_hash, decision = s.decision, outcome = s.outcome,
                correlation_id = s.correlation_id, detail = s.detail, previous_hash = s.previous_hash, hash = s.hash
            FROM swapped s WHERE s.sequence = 7 - audit_records.sequence;
            """);

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        AssertBroken(result, 3, "link");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Verify_ReportsATruncatedTail_AfterTheLastRemainingRecord(int removed)
    {
        await using var host = await AppendRecordsAsync();
        await host.TamperAsync($"DELETE FROM audit_records WHERE sequence > {Records - removed}");

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        AssertBroken(result, Records - removed + 1, "truncated");
        Assert.Equal(Records - removed, result.RecordsChecked);
    }

    [Fact]
    public async Task Verify_ReportsAHeadRolledBackWithoutItsMac()
    {
        await using var host = await AppendRecordsAsync();
        await host.TamperAsync($"""
            DELETE FROM audit_records WHERE sequence = {Records};
            UPDATE audit_head SET last_sequence = {Records - 1}, last_hash = (SELECT hash FROM audit_records WHERE sequence = {Records - 1});
            """);

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        AssertBroken(result, Records, "MAC");
    }

    [Fact]
    public async Task Verify_ReportsAMissingHead()
    {
        await using var host = await AppendRecordsAsync();
        await host.TamperAsync("DELETE FROM audit_head");

        var result = await host.Log.VerifyAsync(CancellationToken.None);

        AssertBroken(result, Records + 1, "head record is missing");
    }

    [Fact]
    public async Task Verify_IsOk_AfterAUserIsErased()
    {
        await using var host = await AppendRecordsAsync();
        var before = await host.Log.QueryAsync(new AuditQuery(UserId: "user-1"), CancellationToken.None);

        var erasure = await host.Eraser.EraseActorAsync("user-1", "corr-erase", CancellationToken.None);
        var after = await host.Log.QueryAsync(new AuditQuery(UserId: "user-1"), CancellationToken.None);

        Assert.Equal(new AuditVerification(true, Records + 1, null, null), await host.Log.VerifyAsync(CancellationToken.None));
        Assert.Empty(await host.ReadRawColumnAsync("SELECT user_id FROM audit_actors WHERE user_id = 'user-1'"));
        Assert.NotEmpty(before);
        Assert.All(before, r => Assert.Equal("user-1", r.UserId));
        Assert.Equal([.. before.Select(r => r with { UserId = null }), erasure], after);
        Assert.Equal((AuditEventTypes.ActorErased, before[0].ActorRef, (string?)null), (erasure.EventType, erasure.ActorRef, erasure.UserId));
        Assert.Contains(await host.Log.QueryAsync(new AuditQuery(UserId: "user-2"), CancellationToken.None), r => r.UserId == "user-2");
    }

    private async Task<IAuditLogHost> AppendRecordsAsync()
    {
        var host = await StartAsync();
        for (var i = 1; i <= Records; i++)
        {
            await host.Log.AppendAsync(
                AuditEntries.ToolCall(userId: $"user-{i % 3}", decision: i == 3 ? AuditDecisions.Deny : AuditDecisions.Allow),
                CancellationToken.None);
            host.Time.Advance(TimeSpan.FromSeconds(1));
        }

        return host;
    }

    /// <summary>Stores edited records with hashes recomputed as an attacker who knows the format would.</summary>
    private static async Task RewriteAsync(IAuditLogHost host, IEnumerable<AuditRecord> records)
    {
        foreach (var record in records)
        {
            var hash = AuditCanonicalEncoding.ComputeHash(record.PreviousHash, AuditChainFields.Of(record));
            await host.TamperAsync($"""
                UPDATE audit_records SET decision = '{record.Decision}', previous_hash = '{record.PreviousHash}', hash = '{hash}'
                WHERE sequence = {record.Sequence}
                """);
        }
    }

    private static void AssertBroken(AuditVerification result, long sequence, string problem)
    {
        Assert.False(result.Ok);
        Assert.Equal(sequence, result.FirstBrokenSequence);
        Assert.Contains(problem, result.Problem, StringComparison.Ordinal);
    }
}
