using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SreBot.Shared.Leases;

namespace SreBot.Shared.Scheduling;

/// <summary>
/// The one hosted loop for background jobs: each registered <see cref="IScheduledJob"/> runs at start and then on every
/// tick of its own timer on the injected clock. A job with a <see cref="IScheduledJob.LeaseName"/> runs only when this
/// replica takes that lease, held for half an interval, so replicas whose timers tick together run it once between them.
/// A run that throws is logged and the job runs again at its next tick; no job stops the host or another job.
/// </summary>
public sealed partial class ScheduledJobRunner(IEnumerable<IScheduledJob> jobs, ILeaseStore leases, TimeProvider time, ILogger<ScheduledJobRunner> logger)
    : BackgroundService
{
    /// <summary>This replica's name in leases: host, process and a random part (no personal data).</summary>
    public string Holder { get; } = LeaseHolders.New();

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
        => Task.WhenAll(jobs.Select(job => Task.Run(() => LoopAsync(job, stoppingToken), CancellationToken.None)));

    private async Task LoopAsync(IScheduledJob job, CancellationToken stoppingToken)
    {
        try
        {
            using var timer = new PeriodicTimer(job.Interval, time);
            do
            {
                await RunOnceAsync(job, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunOnceAsync(IScheduledJob job, CancellationToken stoppingToken)
    {
        try
        {
            var hold = job.Interval / 2;
            var started = time.GetUtcNow();
            if (job.LeaseName is { } lease && !await leases.TryAcquireAsync(lease, Holder, started + hold, stoppingToken))
            {
                LogLeaseHeld(logger, job.Name);
                return;
            }

            await job.RunAsync(stoppingToken);

            if (job.LeaseName is { } held)
            {
                // Free the lease once the run is done, but not before half an interval: a replica whose timer ticks a
                // moment later must not run the same interval again.
                var now = time.GetUtcNow();
                await leases.TryExtendAsync(held, Holder, now > started + hold ? now : started + hold, stoppingToken);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogRunFailed(logger, exception, job.Name);
        }
    }

    [LoggerMessage(EventId = 6200, Level = LogLevel.Error, Message = "Scheduled job {Job} failed; it runs again at its next interval")]
    private static partial void LogRunFailed(ILogger logger, Exception exception, string job);

    [LoggerMessage(EventId = 6201, Level = LogLevel.Debug, Message = "Scheduled job {Job} skipped: another replica holds its lease")]
    private static partial void LogLeaseHeld(ILogger logger, string job);
}
