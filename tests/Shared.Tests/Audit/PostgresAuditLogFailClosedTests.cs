using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

/// <summary>
/// The fail-closed contract on PostgreSQL, plus what a server gives: connections dropped under the log (a restart, a
/// failover, <c>pg_terminate_backend</c>) make the appends they carried throw, and never acknowledge a record that is not stored.
/// </summary>
public sealed class PostgresAuditLogFailClosedTests : AuditLogFailClosedContract
{
    private const string LockStatement = "LOCK TABLE audit_head";

    private protected override async Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null) => await PostgresAuditLogHost.StartAsync(configure);

    [Fact]
    public async Task Append_WhoseConnectionIsTerminatedMidBatch_Throws_AndLeavesNoRecord()
    {
        await using var host = await PostgresAuditLogHost.StartAsync(o => o.WriteLockTimeout = TimeSpan.FromMinutes(5));
        await host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        Task<AuditRecord> lost;
        await using (await host.HoldWriteLockAsync())
        {
            lost = host.Log.AppendAsync(AuditEntries.ToolCall(tool: "lost"), CancellationToken.None);
            // The batch is inside its transaction, waiting for the lock: end its connection there.
            while ((await host.TerminateBackendsAsync(onlyWaitingFor: LockStatement)).Count == 0)
            {
                Assert.False(lost.IsCompleted, "the append finished while the lock was held");
                await Task.Delay(TimeSpan.FromMilliseconds(10));
            }

            var failure = await Assert.ThrowsAsync<AuditUnavailableException>(() => lost);
            Assert.Equal("The audit record could not be written durably.", failure.Message);
        }

        Assert.DoesNotContain("lost", await host.ReadRawColumnAsync("SELECT tool FROM audit_records"));
        var recovered = await host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        Assert.Equal(2, recovered.Sequence);
        Assert.Equal(new AuditVerification(true, 2, null, null), await host.Log.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task TwoReplicas_WhoseConnectionsAreTerminatedRepeatedly_AcknowledgeOnlyStoredRecords_InOneChain()
    {
        const int each = 300;
        await using var first = await PostgresAuditLogHost.StartAsync();
        await using var second = await first.StartReplicaAsync();
        var appends = Enumerable.Range(0, each)
            .SelectMany(i => new[] { first.Log, second.Log }.Select(log => Task.Run(() => log.AppendAsync(AuditEntries.ToolCall(tool: $"t-{i}"), CancellationToken.None))))
            .ToList();

        for (var outage = 0; outage < 5 && !appends.TrueForAll(a => a.IsCompleted); outage++)
        {
            await Task.WhenAny(Task.WhenAll(appends), Task.WhenAny(appends.Where(a => !a.IsCompleted)));
            await first.TerminateBackendsAsync();
        }

        await Task.WhenAll(appends.Select(a => a.ContinueWith(_ => { }, TaskScheduler.Default)));
        Assert.All(appends.Where(a => a.IsFaulted), a => Assert.IsType<AuditUnavailableException>(a.Exception!.InnerException));
        var acknowledged = appends.Where(a => a.IsCompletedSuccessfully).Select(a => a.Result).ToList();
        // Read through a third replica: the first two pools may still hold idle connections the server ended.
        await using var reader = await first.StartReplicaAsync();
        var stored = new List<AuditRecord>();
        await foreach (var record in reader.Log.ExportAsync(new AuditQuery(), CancellationToken.None))
        {
            stored.Add(record);
        }

        Assert.NotEmpty(acknowledged);
        Assert.All(acknowledged, record => Assert.Contains(record, stored));
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(r => r.Sequence));
        Assert.True((await reader.Log.VerifyAsync(CancellationToken.None)).Ok);
    }
}
