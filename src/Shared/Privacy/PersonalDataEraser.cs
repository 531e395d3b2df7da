using SreBot.Shared.Audit;
using SreBot.Shared.Diagnostics;

namespace SreBot.Shared.Privacy;

/// <summary>
/// Erases everything personal of a user: through every registered <see cref="IPersonalDataSource"/>, then the user's
/// pseudonym mapping in the audit log. The audit log gets a record before anything is erased (if it cannot be written,
/// nothing is) and one with the counts after; both carry the asking actor's pseudonym, never the subject's id, and the
/// chain still verifies. Finally the storage is flushed (<see cref="IErasureFlush"/>) so no earlier page image of erased rows stays on disk.
/// </summary>
public sealed class PersonalDataEraser
{
    private readonly IReadOnlyList<IPersonalDataSource> _sources;
    private readonly IAuditLog _audit;
    private readonly IAuditActorEraser _actors;
    private readonly IErasureFlush _flush;

    public PersonalDataEraser(IEnumerable<IPersonalDataSource> sources, IAuditLog audit, IAuditActorEraser actors, IErasureFlush flush)
    {
        _sources = PersonalDataSources.Distinct(sources);
        _audit = audit;
        _actors = actors;
        _flush = flush;
    }

    /// <summary>Erases <paramref name="userId"/>, asked for by <paramref name="actorId"/> (the user themself or an admin).</summary>
    public async Task<PersonalDataErasure> EraseAsync(string actorId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var correlation = CorrelationId.Current();
        var who = string.Equals(actorId, userId, StringComparison.Ordinal) ? "self" : "admin";
        await _audit.RecordAsync(PrivacyAuditEvents.ErasureRequested, actorId, null, null, AuditDecisions.Allow, AuditOutcomes.Started, who, correlation, cancellationToken);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var source in _sources)
        {
            counts[source.Category] = await source.EraseAsync(userId, cancellationToken);
        }

        var detail = string.Join(';', counts.Select(c => $"{c.Key}={c.Value}"));
        await _audit.RecordAsync(PrivacyAuditEvents.Erased, actorId, null, null, AuditDecisions.Allow, AuditOutcomes.Erased, detail, correlation, cancellationToken);

        // Last, so the records above (which may carry the subject as actor) are unlinked too.
        var erased = await _actors.EraseActorAsync(userId, correlation, cancellationToken);
        await _flush.FlushErasedAsync(cancellationToken);
        return new PersonalDataErasure(counts, erased.Sequence);
    }
}
