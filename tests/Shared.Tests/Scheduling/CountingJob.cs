using System.Threading.Channels;
using SreBot.Shared.Scheduling;

namespace SreBot.Shared.Tests.Scheduling;

/// <summary>A job that reports each run to <see cref="Runs"/> (its number), and throws on the runs <see cref="Throws"/> says.</summary>
internal sealed class CountingJob(string name, TimeSpan interval, string? leaseName = null, Func<int, bool>? throws = null) : IScheduledJob
{
    private int _runs;

    public string Name => name;

    public TimeSpan Interval => interval;

    public string? LeaseName => leaseName;

    public Channel<int> Runs { get; } = Channel.CreateUnbounded<int>();

    public Func<int, bool> Throws { get; } = throws ?? (_ => false);

    public int Count => Volatile.Read(ref _runs);

    public Task RunAsync(CancellationToken cancellationToken)
    {
        var number = Interlocked.Increment(ref _runs);
        Runs.Writer.TryWrite(number);
        if (Throws(number))
        {
            throw new InvalidOperationException($"run {number} of {name} failed");
        }

        return Task.CompletedTask;
    }
}
