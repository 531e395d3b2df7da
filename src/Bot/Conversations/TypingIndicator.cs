namespace SreBot.Bot.Conversations;

/// <summary>
/// Keeps Teams' typing indicator on while SreBot works: Teams shows one typing activity for a few seconds only, so one is
/// sent at once and again every <see cref="Interval"/> on the <see cref="TimeProvider"/>'s timer until disposed (before the
/// answer is sent). Typing is best effort: a connector failure never fails the turn.
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);

    private readonly Func<CancellationToken, Task> _send;
    private readonly CancellationTokenSource _stop;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private Task _chain = Task.CompletedTask;
    private bool _stopped;

    private TypingIndicator(Func<CancellationToken, Task> send, TimeProvider time, CancellationToken cancellationToken)
    {
        _send = send;
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _timer = time.CreateTimer(_ => Queue(), null, Interval, Interval);
    }

    public static TypingIndicator Start(Func<CancellationToken, Task> send, TimeProvider time, CancellationToken cancellationToken)
    {
        var typing = new TypingIndicator(send, time, cancellationToken);
        typing.Queue();
        return typing;
    }

    public async ValueTask DisposeAsync()
    {
        Task last;
        lock (_gate)
        {
            _stopped = true;
            last = _chain;
        }

        await _timer.DisposeAsync();
        await _stop.CancelAsync();
        await last;
        _stop.Dispose();
    }

    // One send after the other, never two at once and never after the answer.
    private void Queue()
    {
        lock (_gate)
        {
            if (!_stopped)
            {
                _chain = _chain.ContinueWith(_ => SendAsync(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default).Unwrap();
            }
        }
    }

    private async Task SendAsync()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await _send(_stop.Token);
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or InvalidOperationException)
        {
            // Best effort: the answer still comes.
        }
    }
}
