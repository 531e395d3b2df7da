using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SreBot.Shared.Retention;
using SreBot.Shared.Scheduling;

namespace SreBot.Bot.Hosting;

/// <summary>
/// A retention pass at start and then every <c>Retention:IntervalMinutes</c>, run by the <see cref="ScheduledJobRunner"/>.
/// The pass takes its lease (<see cref="RetentionRunner.LeaseName"/>) itself and extends it before each purge, so this job
/// declares none; a failed pass is logged by the runner and the next interval retries.
/// </summary>
public sealed class RetentionJob(RetentionRunner runner, IOptions<RetentionOptions> options) : IScheduledJob
{
    private const int KeptOutcomes = 16;

    private readonly ConcurrentDictionary<int, TaskCompletionSource<RetentionPass?>> _outcomes = new();
    private int _ticks;

    public string Name => "retention";

    public TimeSpan Interval => options.Value.Interval;

    public string? LeaseName => null;

    /// <summary>This replica's name in the lease: host, process and a random part (no personal data).</summary>
    public string Holder { get; } = LeaseHolders.New();

    /// <summary>How many ticks (passes run, skipped or failed) have finished; the pass at start is tick 1.</summary>
    public int CompletedTicks => Volatile.Read(ref _ticks);

    /// <summary>
    /// The outcome of tick <paramref name="number"/> once it has finished: the pass, or null when another replica held
    /// the lease or the pass failed. Only the last few outcomes are kept.
    /// </summary>
    public Task<RetentionPass?> TickAsync(int number) => Outcome(number).Task;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        RetentionPass? pass = null;
        try
        {
            pass = await runner.RunAsync(Holder, cancellationToken);
        }
        finally
        {
            var number = Interlocked.Increment(ref _ticks);
            Outcome(number).TrySetResult(pass);
            _outcomes.TryRemove(number - KeptOutcomes, out _);
        }
    }

    private TaskCompletionSource<RetentionPass?> Outcome(int number)
        => _outcomes.GetOrAdd(number, _ => new TaskCompletionSource<RetentionPass?>(TaskCreationOptions.RunContinuationsAsynchronously));
}
