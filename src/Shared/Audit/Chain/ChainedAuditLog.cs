using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Audit.Chain;

/// <summary>
/// The audit log, on either backend (<see cref="IAuditDatabase"/>). Appends go through one writer loop that commits
/// whatever is waiting as one transaction (group commit) and then completes each caller; the transaction holds the
/// database's audit write lock, so appends from several processes (replicas) form one chain. See docs/audit.md.
/// </summary>
internal sealed class ChainedAuditLog : IAuditLog, IAuditActorEraser, IAsyncDisposable
{
    private const int QueueCapacity = 8192;
    private const int MaxBatchSize = 512;
    private const int MaxQueryLimit = 1000;
    private const string ErasedOutcome = AuditOutcomes.Success;

    private readonly AuditBatchWriter _writer;
    private readonly AuditRecordReader _reader;
    private readonly ILogger<ChainedAuditLog> _logger;
    private readonly Channel<PendingAppend> _queue = Channel.CreateBounded<PendingAppend>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Task _writerLoop;

    public ChainedAuditLog(
        IAuditDatabase database,
        AuditKeyring keyring,
        TimeProvider time,
        ILogger<ChainedAuditLog> logger)
    {
        _writer = new AuditBatchWriter(database, keyring, time);
        _reader = new AuditRecordReader(database, keyring);
        _logger = logger;
        _writerLoop = Task.Run(RunWriterLoopAsync);
    }

    public Task<AuditRecord> AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        // The audit boundary: every field is bounded here, whoever the caller (docs/audit.md, "How audit growth is bounded").
        return EnqueueAsync(new PendingAppend(AuditFieldLimits.Apply(entry), erasesActor: false), cancellationToken);
    }

    public Task<AuditRecord> EraseActorAsync(string userId, string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var entry = new AuditEntry(
            AuditEventTypes.ActorErased, userId, null, null, AuditDecisions.None, ErasedOutcome, correlationId);
        return EnqueueAsync(new PendingAppend(AuditFieldLimits.Apply(entry), erasesActor: true), cancellationToken);
    }

    public async Task<IReadOnlyList<AuditRecord>> QueryAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var records = new List<AuditRecord>();
        await foreach (var record in _reader.ReadAsync(query, Math.Clamp(query.Limit, 1, MaxQueryLimit), cancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    public IAsyncEnumerable<AuditRecord> ExportAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return _reader.ReadAsync(query, limit: null, cancellationToken);
    }

    public Task<AuditVerification> VerifyAsync(CancellationToken cancellationToken) => _reader.VerifyAsync(cancellationToken);

    /// <summary>Stops taking appends and writes everything already queued.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writerLoop;
    }

    private async Task<AuditRecord> EnqueueAsync(PendingAppend pending, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var registration = cancellationToken.Register(
            static (state, token) => ((PendingAppend)state!).Cancel(token), pending);
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken);
        }
        catch (ChannelClosedException exception)
        {
            throw new AuditUnavailableException("The audit log is closed.", exception);
        }

        return await pending.Completion;
    }

    private async Task RunWriterLoopAsync()
    {
        var batch = new List<PendingAppend>(MaxBatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await WriteBatchAsync(batch);
            batch.Clear();
        }
    }

    private async Task WriteBatchAsync(List<PendingAppend> batch)
    {
        try
        {
            // Not cancellable: callers wait for the durable outcome of a batch once it has started.
            foreach (var (pending, record) in await _writer.WriteAsync(batch, CancellationToken.None))
            {
                pending.Complete(record);
            }
        }
        catch (Exception exception)
        {
            _logger.AuditBatchFailed(batch.Count, exception);
            foreach (var pending in batch)
            {
                pending.Fail(new AuditUnavailableException("The audit record could not be written durably.", exception));
            }
        }
    }
}
