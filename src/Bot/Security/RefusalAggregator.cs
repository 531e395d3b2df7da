using System.Globalization;
using SreBot.Shared.Audit;
using SreBot.Shared.Diagnostics;
using SreBot.Shared.Scheduling;

namespace SreBot.Bot.Security;

/// <summary>
/// Aggregates refusals (401, 403, 429) so a flood cannot grow the audit log without bound. Per source (the signed-in
/// user, else the remote address) and status, the first refusal in a <see cref="Window"/> is recorded as usual; the
/// rest are only counted, and one <see cref="AuditEventTypes.RefusalsAggregated"/> record with the count is appended
/// when the window closes: on the next refusal after it (from any source), on the next run of this scheduled job
/// (every quarter window), or on shutdown. At most <see cref="MaxSources"/> sources are tracked; refusals from further sources are counted together
/// without a record of their own. See docs/audit.md, "How audit growth is bounded".
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "The gate holds no wait handle, and StopAsync flushes through it however late the host calls it, so it is never disposed.")]
public sealed partial class RefusalAggregator(IAuditLog audit, TimeProvider time, ILogger<RefusalAggregator> logger) : IScheduledJob, IHostedService
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(60);

    public const int MaxSources = 10_000;

    private const string Overflow = "overflow";

    // One gate for the table and for writing closed windows, so a window is written once and, when a refusal or the
    // timer closes it, durably before anyone goes on.
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<(string Source, int Status), RefusalWindow> _windows = [];
    private DateTimeOffset _nextClose = DateTimeOffset.MaxValue;

    public string Name => "refusal-flush";

    public TimeSpan Interval => Window / 4;

    /// <summary>Each replica counts its own refusals, so each flushes its own.</summary>
    public string? LeaseName => null;

    /// <summary>
    /// Counts a refusal. True when it is the first from its source and status in the window, and the caller records it;
    /// false when it was counted instead. Windows that have closed are written first.
    /// </summary>
    public async Task<bool> AdmitAsync(string? userId, string? remoteAddress, int status, CancellationToken cancellationToken)
    {
        var (kind, source) = userId is not null ? ("user", "user:" + userId) : ("address", "address:" + (remoteAddress ?? "unknown"));
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (now >= _nextClose)
            {
                // Not the request's to cancel: these counts belong to other requests and must not be lost with this one.
                await WriteAsync(TakeClosed(now), CancellationToken.None);
            }

            if (!_windows.TryGetValue((source, status), out var window) && _windows.Count >= MaxSources)
            {
                window = _windows.GetValueOrDefault((Overflow, status)) ?? Open(Overflow, status, null, now);
            }

            if (window is not null)
            {
                window.Count++;
                window.Last = now;
                return false;
            }

            // The first refusal of a window is the caller's to record (an overflow window has none: all are counted).
            Open(source, status, userId, now, kind);
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Nothing to start: the <see cref="ScheduledJobRunner"/> runs the flush.</summary>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Writes every open window that has counted refusals, closed or not (the host is stopping).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(CancellationToken.None);
        try
        {
            var all = _windows.Values.ToList();
            _windows.Clear();
            _nextClose = DateTimeOffset.MaxValue;
            await WriteAsync(all, CancellationToken.None);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes the windows that have closed (one run of the job; an audit failure is logged with the counts and retried next run).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await WriteAsync(TakeClosed(time.GetUtcNow()), cancellationToken);
        }
        catch (AuditUnavailableException)
        {
            // Logged with the counts by WriteAsync; the next run carries on.
        }
        finally
        {
            _gate.Release();
        }
    }

    private RefusalWindow Open(string source, int status, string? userId, DateTimeOffset now, string kind = Overflow)
    {
        var window = new RefusalWindow(kind, status, userId, now);
        _windows[(source, status)] = window;
        if (window.Closes < _nextClose)
        {
            _nextClose = window.Closes;
        }

        return window;
    }

    private List<RefusalWindow> TakeClosed(DateTimeOffset now)
    {
        var closed = new List<RefusalWindow>();
        var next = DateTimeOffset.MaxValue;
        foreach (var (key, window) in _windows.ToList())
        {
            if (window.Closes <= now)
            {
                _windows.Remove(key);
                closed.Add(window);
            }
            else if (window.Closes < next)
            {
                next = window.Closes;
            }
        }

        _nextClose = next;
        return closed;
    }

    /// <summary>Appends one record per window that counted refusals; a window that cannot be written is logged with its count.</summary>
    /// <exception cref="AuditUnavailableException">Some window could not be written (after trying all).</exception>
    private async Task WriteAsync(List<RefusalWindow> windows, CancellationToken cancellationToken)
    {
        AuditUnavailableException? failure = null;
        foreach (var window in windows.Where(w => w.Count > 0))
        {
            var detail = string.Create(CultureInfo.InvariantCulture,
                $$"""{"status":{{window.Status}},"source":"{{window.Kind}}","count":{{window.Count}},"from":"{{window.Opened:O}}","to":"{{window.Last:O}}"}""");
            try
            {
                await audit.RecordAsync(AuditEventTypes.RefusalsAggregated, window.UserId, null, null, AuditDecisions.Deny, AuditOutcomes.Aggregated, detail, cancellationToken);
            }
            catch (AuditUnavailableException exception)
            {
                LogAggregateLost(logger, exception, window.Status, window.Kind, window.Count);
                failure ??= exception;
            }
        }

        if (failure is not null)
        {
            throw failure;
        }
    }

    [LoggerMessage(EventId = 4120, Level = LogLevel.Critical, Message = "Audit log unavailable; {Count} refusals ({Status}, {Kind}) could not be recorded")]
    private static partial void LogAggregateLost(ILogger logger, Exception exception, int status, string kind, long count);
}
