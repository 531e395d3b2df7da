using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using SreBot.Shared.Retention;

namespace SreBot.Bot.Hosting;

/// <summary>
/// Runs a retention pass at start and then every <c>Retention:IntervalMinutes</c> on the injected clock. Replicas
/// share the database lease (see <see cref="RetentionRunner"/>); a failed pass is logged and the next tick retries,
/// so retention never stops the host.
/// </summary>
public sealed partial class RetentionJob(RetentionRunner runner, TimeProvider time, IOptions<RetentionOptions> options, ILogger<RetentionJob> logger)
    : BackgroundService
{
    private const int KeptOutcomes = 16;

    private readonly ConcurrentDictionary<int, TaskCompletionSource<RetentionPass?>> _outcomes = new();
    private int _ticks;

    /// <summary>This replica's name in the lease: host, process and a random part (no personal data).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>How many ticks (passes run, skipped or failed) have finished; the pass at start is tick 1.</summary>
    public int CompletedTicks => Volatile.Read(ref _ticks);

    /// <summary>
    /// The outcome of tick <paramref name="number"/> once it has finished: the pass, or null when another replica held
    /// the lease or the pass failed. Only the last few outcomes are kept.
    /// </summary>
    public Task<RetentionPass?> TickAsync(int number) => Outcome(number).Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, time);
        do
        {
            RetentionPass? pass = null;
            try
            {
                pass = await runner.RunAsync(Holder, stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, exception);
            }

            var number = Interlocked.Increment(ref _ticks);
            Outcome(number).TrySetResult(pass);
            _outcomes.TryRemove(number - KeptOutcomes, out _);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private TaskCompletionSource<RetentionPass?> Outcome(int number)
        => _outcomes.GetOrAdd(number, _ => new TaskCompletionSource<RetentionPass?>(TaskCreationOptions.RunContinuationsAsynchronously));

    [LoggerMessage(EventId = 6110, Level = LogLevel.Error, Message = "Retention pass failed; it runs again at the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
