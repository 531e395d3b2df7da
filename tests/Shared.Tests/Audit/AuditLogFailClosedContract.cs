using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

/// <summary>No record, no action: an append that could not be committed throws, on each backend.</summary>
public abstract class AuditLogFailClosedContract
{
    private protected abstract Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null);

    [Fact]
    public async Task Append_FailsClosed_WhileAnotherConnectionHoldsTheWriteLock_AndRecovers()
    {
        await using var host = await StartAsync(configure: o => o.WriteLockTimeout = TimeSpan.FromSeconds(1));
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
    public async Task Append_FailsClosed_AfterTheLogIsDisposed()
    {
        await using var host = await StartAsync();
        var log = host.Log;
        await ((IAsyncDisposable)log).DisposeAsync();

        await Assert.ThrowsAsync<AuditUnavailableException>(() => log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None));
    }

    [Fact]
    public async Task Dispose_WritesEverythingAlreadyQueued()
    {
        await using var host = await StartAsync();
        var appends = Enumerable.Range(0, 50).Select(_ => host.Log.AppendAsync(AuditEntries.ToolCall(), CancellationToken.None)).ToList();

        await ((IAsyncDisposable)host.Log).DisposeAsync();

        var records = await Task.WhenAll(appends);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), records.Select(r => r.Sequence).Order());
        Assert.Equal(50, (await host.ReadRawColumnAsync("SELECT hash FROM audit_records")).Count);
    }

    [Fact]
    public async Task Append_CancelledBeforeItsBatchIsWritten_LeavesNoRecord()
    {
        await using var host = await StartAsync();
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
        await using var host = await StartAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => host.Log.AppendAsync(AuditEntries.ToolCall(), new CancellationToken(canceled: true)));

        Assert.Empty(await host.Log.QueryAsync(new AuditQuery(), CancellationToken.None));
    }
}
