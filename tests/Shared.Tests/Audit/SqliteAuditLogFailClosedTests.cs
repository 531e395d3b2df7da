using SreBot.Shared.Audit;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Migrations;

namespace SreBot.Shared.Tests.Audit;

public sealed class SqliteAuditLogFailClosedTests
{
    [Fact]
    public async Task Append_FailsClosed_WhileAnotherConnectionHoldsTheWriteLock_AndRecovers()
    {
        await using var host = await AuditLogHost.StartAsync(configure: o => o.WriteLockTimeout = TimeSpan.FromSeconds(1));
        await host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);

        await using (await host.HoldWriteLockAsync())
        {
            var failure = await Assert.ThrowsAsync<AuditUnavailableException>(
                () => host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None));
            Assert.Equal("The audit record could not be written durably.", failure.Message);
        }

        var recovered = await host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        Assert.Equal(2, recovered.Sequence);
        Assert.True((await host.Log.VerifyAsync(CancellationToken.None)).Ok);
    }

    [Fact]
    public async Task Append_FailsClosed_WhenTheHeadCannotBeWritten_AndKeepsNothingOfTheBatch()
    {
        await using var host = await AuditLogHost.StartAsync();
        await host.ExecuteRawAsync("""
            CREATE TRIGGER refuse_head BEFORE INSERT ON audit_head BEGIN SELECT RAISE(ABORT, 'disk says no'); END;
            """);

        await Assert.ThrowsAsync<AuditUnavailableException>(
            () => host.Log.AppendAsync(AuditEntries.ToolCall(userId: "alice"), CancellationToken.None));

        Assert.Empty(await host.ReadRawColumnAsync("SELECT hash FROM audit_records"));
        Assert.Empty(await host.ReadRawColumnAsync("SELECT user_id FROM audit_actors"));
        await host.ExecuteRawAsync("DROP TRIGGER refuse_head");
        var recovered = await host.Log.AppendAsync(AuditEntries.ToolCall(userId: "alice"), CancellationToken.None);
        Assert.Equal(1, recovered.Sequence);
        Assert.Equal(new AuditVerification(true, 1, null, null), await host.Log.VerifyAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Append_FailsClosed_WhenTheTableIsGone_AndContinuesFromTheHeadOnceRestored()
    {
        await using var host = await AuditLogHost.StartAsync();
        await AuditEntries.AppendConcurrentlyAsync(host.Log, 3);
        await host.ExecuteRawAsync("DROP TABLE audit_records");

        await Assert.ThrowsAsync<AuditUnavailableException>(() => host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None));

        // Restored by hand (a start does not recreate it: the audit migration is recorded as applied).
        await host.ExecuteRawAsync(StoreMigrations.Embedded("audit", StoreMigrations.Sqlite, typeof(SqliteDatabase).Assembly, "Audit/Migrations").Migrations[0].Sql);
        await host.Database.InitializeAsync(CancellationToken.None);
        var recovered = await host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None);
        Assert.Equal(4, recovered.Sequence);
        var verification = await host.Log.VerifyAsync(CancellationToken.None);
        Assert.Equal((false, 1L), (verification.Ok, verification.FirstBrokenSequence));
    }

    [Fact]
    public async Task Append_FailsClosed_AfterTheLogIsDisposed()
    {
        await using var host = await AuditLogHost.StartAsync();
        var log = host.Log;
        await ((IAsyncDisposable)log).DisposeAsync();

        await Assert.ThrowsAsync<AuditUnavailableException>(() => log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None));
    }

    [Fact]
    public async Task Dispose_WritesEverythingAlreadyQueued()
    {
        await using var host = await AuditLogHost.StartAsync();
        var appends = Enumerable.Range(0, 50).Select(_ => host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None)).ToList();

        await ((IAsyncDisposable)host.Log).DisposeAsync();

        var records = await Task.WhenAll(appends);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        Assert.Equal(50, (await host.ReadRawColumnAsync("SELECT hash FROM audit_records")).Count);
    }

    [Fact]
    public async Task Append_CancelledBeforeItsBatchIsWritten_LeavesNoRecord()
    {
        await using var host = await AuditLogHost.StartAsync();
        Task<AuditRecord> kept;
        await using (await host.HoldWriteLockAsync())
        {
            kept = host.Log.AppendAsync(AuditEntries.ToolCall(tool: "kept"), CancellationToken.None);
            using var cancellation = new CancellationTokenSource();
            var cancelled = host.Log.AppendAsync(AuditEntries.ToolCall(tool: "cancelled"), cancellation.Token);
            await cancellation.CancelAsync();

            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        }

        Assert.Equal(1, (await kept).Sequence);
        var stored = await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None);
        Assert.Equal(["kept"], stored.Select(r => r.Tool));
        Assert.Equal(2, (await host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None)).Sequence);
    }

    [Fact]
    public async Task Append_WithACancelledToken_IsNotWritten()
    {
        await using var host = await AuditLogHost.StartAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Log.AppendAsync(AuditEntries.ToolCall(), new CancellationToken(canceled: true)));

        Assert.Empty(await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None));
    }
}
