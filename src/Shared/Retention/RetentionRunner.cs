using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SreBot.Shared.Audit;
using SreBot.Shared.Diagnostics;
using SreBot.Shared.Leases;

namespace SreBot.Shared.Retention;

/// <summary>
/// One retention pass: under the database lease <see cref="LeaseName"/>, for each registered <see cref="IRetainedData"/> whose data type has a
/// period, purges what was last changed before <c>now − period</c> and records it (<see cref="RetentionAuditEvents.Purged"/>)
/// when anything went. Each purge is its own transaction, so a crash mid-pass leaves consistent data and the next pass
/// carries on; a purge that fails is logged and retried by the next pass.
/// </summary>
public sealed partial class RetentionRunner(
    IEnumerable<IRetainedData> data,
    IAuditLog audit,
    ILeaseStore leases,
    IOptions<RetentionOptions> options,
    TimeProvider time,
    ILogger<RetentionRunner> logger)
{
    /// <summary>The name of the lease a retention pass runs under.</summary>
    public const string LeaseName = "retention-pass";

    private const string Success = AuditOutcomes.Success;

    /// <summary>
    /// Runs a pass as <paramref name="holder"/>, or returns null when another holder's lease is live. The lease is held
    /// for half an interval (extended before each purge), so replicas whose timers tick together run one pass between them.
    /// </summary>
    public async Task<RetentionPass?> RunAsync(string holder, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var hold = settings.Interval / 2;
        var started = time.GetUtcNow();
        foreach (var unknown in data.Where(d => !RetainedDataTypes.All.Contains(d.DataType)))
        {
            LogUnknownDataType(logger, unknown.DataType);
        }

        // The audit log last, so that this pass's own records are never what it purges.
        var due = data.Where(d => settings.PeriodFor(d.DataType) is not null).OrderBy(d => d.DataType == RetainedDataTypes.Audit).ToList();
        if (due.Count == 0)
        {
            return new RetentionPass(started, []);
        }

        if (!await leases.TryAcquireAsync(LeaseName, holder, started + hold, cancellationToken))
        {
            LogLeaseHeld(logger);
            return null;
        }

        var correlationId = CorrelationId.Current();
        var purges = new List<RetentionPurge>();
        foreach (var item in due)
        {
            var period = settings.PeriodFor(item.DataType)!.Value;
            var now = time.GetUtcNow();
            if (!await leases.TryExtendAsync(LeaseName, holder, now + hold, cancellationToken))
            {
                LogLeaseLost(logger);
                break;
            }

            purges.Add(await PurgeAsync(item, now - period, correlationId, cancellationToken));
        }

        // Free the lease once the pass is done, but not before half an interval: a replica whose timer ticks a moment
        // later must not run the same pass again.
        await leases.TryExtendAsync(LeaseName, holder, Max(time.GetUtcNow(), started + hold), cancellationToken);
        return new RetentionPass(started, purges);
    }

    private async Task<RetentionPurge> PurgeAsync(IRetainedData item, DateTimeOffset cutoff, string correlationId, CancellationToken cancellationToken)
    {
        int count;
        try
        {
            count = await item.PurgeOlderThanAsync(cutoff, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogPurgeFailed(logger, item.DataType, exception);
            return new RetentionPurge(item.DataType, cutoff, 0, Failed: true);
        }

        LogPurged(logger, item.DataType, count, cutoff);
        if (count == 0)
        {
            return new RetentionPurge(item.DataType, cutoff, 0);
        }

        var detail = JsonSerializer.Serialize(new { dataType = item.DataType, cutoff, purged = count });
        try
        {
            await audit.RecordAsync(RetentionAuditEvents.Purged, null, null, null, AuditDecisions.None, Success, detail, correlationId, cancellationToken);
        }
        catch (AuditUnavailableException exception)
        {
            LogRecordFailed(logger, item.DataType, count, exception);
            return new RetentionPurge(item.DataType, cutoff, count, Failed: true);
        }

        return new RetentionPurge(item.DataType, cutoff, count);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "Retention purged {Count} {DataType} items last changed before {Cutoff:O}")]
    private static partial void LogPurged(ILogger logger, string dataType, int count, DateTimeOffset cutoff);

    [LoggerMessage(EventId = 6102, Level = LogLevel.Error, Message = "Retention of {DataType} failed; the next pass tries again")]
    private static partial void LogPurgeFailed(ILogger logger, string dataType, Exception exception);

    [LoggerMessage(EventId = 6103, Level = LogLevel.Error, Message = "Retention purged {Count} {DataType} items but could not record it in the audit log")]
    private static partial void LogRecordFailed(ILogger logger, string dataType, int count, Exception exception);

    [LoggerMessage(EventId = 6104, Level = LogLevel.Debug, Message = "Retention pass skipped: another replica holds the lease")]
    private static partial void LogLeaseHeld(ILogger logger);

    [LoggerMessage(EventId = 6106, Level = LogLevel.Warning, Message = "Retained data of type {DataType} has no Retention setting and is kept forever")]
    private static partial void LogUnknownDataType(ILogger logger, string dataType);

    [LoggerMessage(EventId = 6105, Level = LogLevel.Warning, Message = "Retention pass stopped: its lease passed to another replica")]
    private static partial void LogLeaseLost(ILogger logger);
}
