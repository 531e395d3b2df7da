using System.Threading.Channels;
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
    private readonly Channel<RetentionPass?> _passes = Channel.CreateBounded<RetentionPass?>(
        new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest, SingleWriter = true });

    /// <summary>This replica's name in the lease: host, process and a random part (no personal data).</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    /// <summary>The outcome of each tick, newest last (null: another replica held the lease; the last 16 are kept).</summary>
    public ChannelReader<RetentionPass?> Passes => _passes.Reader;

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
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogPassFailed(logger, exception);
            }

            _passes.Writer.TryWrite(pass);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(EventId = 6110, Level = LogLevel.Error, Message = "Retention pass failed; it runs again at the next tick")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
