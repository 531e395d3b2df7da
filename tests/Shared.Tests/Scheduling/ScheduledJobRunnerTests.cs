using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Leases;
using SreBot.Shared.Scheduling;
using SreBot.Shared.Storage;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Scheduling;

/// <summary>
/// The one runner of background jobs, on fake time: each job at start and on its interval; a failing run is logged and
/// retried while other jobs go on; a leased job runs once per interval across replicas; stopping ends the loops.
/// </summary>
public sealed class ScheduledJobRunnerTests : IAsyncLifetime
{
    private const int RunFailedEvent = 6200;
    private const int LeaseHeldEvent = 6201;

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
    private SqliteStoreHost _host = null!;

    public async Task InitializeAsync() => _host = await SqliteStoreHost.StartAsync(_time);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task AJob_RunsAtStart_AndOncePerInterval()
    {
        var job = new CountingJob("tick", TimeSpan.FromMinutes(5));
        using var runner = Runner(new RecordingLogger<ScheduledJobRunner>(), job);
        await runner.StartAsync(TestContext.Token);

        Assert.Equal(1, await NextRunAsync(job));
        _time.Advance(TimeSpan.FromMinutes(4));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await NextRunAsync(job));
        _time.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(3, await NextRunAsync(job));

        await runner.StopAsync(TestContext.Token);
        Assert.Equal(3, job.Count);
    }

    [Fact]
    public async Task AThrowingJob_IsLoggedAndRetriedNextInterval_WhileAnotherJobKeepsRunning()
    {
        var failing = new CountingJob("failing", TimeSpan.FromMinutes(1), throws: _ => true);
        var healthy = new CountingJob("healthy", TimeSpan.FromMinutes(1));
        var logger = new RecordingLogger<ScheduledJobRunner>();
        using var runner = Runner(logger, failing, healthy);
        await runner.StartAsync(TestContext.Token);

        for (var run = 1; run <= 3; run++)
        {
            Assert.Equal(run, await NextRunAsync(failing));
            Assert.Equal(run, await NextRunAsync(healthy));
            var failure = await NextEntryAsync(logger, RunFailedEvent);
            Assert.Equal(LogLevel.Error, failure.Level);
            Assert.Contains("failing", failure.Message, StringComparison.Ordinal);
            Assert.Equal($"run {run} of failing failed", failure.Exception?.Message);
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        await runner.StopAsync(TestContext.Token);
        Assert.False(logger.Entries.Reader.TryPeek(out var extra) && extra.EventId == RunFailedEvent && extra.Message.Contains("healthy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TwoRunnersOverOneDatabase_RunALeasedJobOncePerInterval()
    {
        var database = _host.Get<SqliteDatabase>();
        var first = new CountingJob("shared", TimeSpan.FromMinutes(10), ScheduledJobLeases.For("shared"));
        var second = new CountingJob("shared", TimeSpan.FromMinutes(10), ScheduledJobLeases.For("shared"));
        var firstLog = new RecordingLogger<ScheduledJobRunner>();
        var secondLog = new RecordingLogger<ScheduledJobRunner>();
        using var a = new ScheduledJobRunner([first], new SqliteLeaseStore(database, _time), _time, firstLog);
        using var b = new ScheduledJobRunner([second], new SqliteLeaseStore(database, _time), _time, secondLog);
        await a.StartAsync(TestContext.Token);
        await b.StartAsync(TestContext.Token);

        for (var interval = 1; interval <= 3; interval++)
        {
            // Each replica either runs the job or logs that the other holds the lease; wait for both, then count.
            await Task.WhenAll(OutcomeAsync(first, firstLog), OutcomeAsync(second, secondLog)).WaitAsync(TestContext.Token);
            Assert.Equal(interval, first.Count + second.Count);
            _time.Advance(TimeSpan.FromMinutes(10));
        }

        await a.StopAsync(TestContext.Token);
        await b.StopAsync(TestContext.Token);
    }

    [Fact]
    public async Task Stopping_EndsTheLoop_AndNoRunFollows()
    {
        var job = new CountingJob("stoppable", TimeSpan.FromMinutes(1));
        using var runner = Runner(new RecordingLogger<ScheduledJobRunner>(), job);
        await runner.StartAsync(TestContext.Token);
        Assert.Equal(1, await NextRunAsync(job));

        await runner.StopAsync(TestContext.Token).WaitAsync(TestContext.Token);
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.NotNull(runner.ExecuteTask);
        Assert.True(runner.ExecuteTask.IsCompletedSuccessfully);
        Assert.Equal(1, job.Count);
        Assert.False(job.Runs.Reader.TryRead(out _));
    }

    private ScheduledJobRunner Runner(ILogger<ScheduledJobRunner> logger, params IScheduledJob[] jobs)
        => new(jobs, _host.Get<ILeaseStore>(), _time, logger);

    private static async Task<int> NextRunAsync(CountingJob job) => await job.Runs.Reader.ReadAsync(TestContext.Token);

    private static Task<LogRecord> NextEntryAsync(RecordingLogger<ScheduledJobRunner> logger, int eventId)
        => NextEntryAsync(logger, eventId, TestContext.Token);

    private static async Task<LogRecord> NextEntryAsync(RecordingLogger<ScheduledJobRunner> logger, int eventId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var entry = await logger.Entries.Reader.ReadAsync(cancellationToken);
            if (entry.EventId == eventId)
            {
                return entry;
            }
        }
    }

    /// <summary>
    /// Waits until the replica has either run the job or logged that the other holds the lease, consuming only that
    /// outcome: the wait that lost is cancelled, so no abandoned read is left to swallow the next interval's outcome.
    /// </summary>
    private static async Task OutcomeAsync(CountingJob job, RecordingLogger<ScheduledJobRunner> logger)
    {
        using var loser = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Token);
        var ran = job.Runs.Reader.WaitToReadAsync(loser.Token).AsTask();
        var skipped = NextEntryAsync(logger, LeaseHeldEvent, loser.Token);
        var first = await Task.WhenAny(ran, skipped);
        await loser.CancelAsync();
        await Task.WhenAll(ran, skipped).ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        if (first == ran)
        {
            Assert.True(job.Runs.Reader.TryRead(out _));
        }
    }
}
