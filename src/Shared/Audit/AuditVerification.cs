namespace SreBot.Shared.Audit;

/// <summary>Result of walking the chain.</summary>
/// <param name="FirstBrokenSequence">The first position where the chain does not hold, or null when it is intact.</param>
/// <param name="Problem">What is wrong at that position (edited, missing, out of order, truncated).</param>
/// <param name="CheckpointSequence">
/// When retention has deleted the front of the chain: the last deleted sequence, recorded in a signed checkpoint from
/// which verification starts. Null when the chain starts at record 1.
/// </param>
public sealed record AuditVerification(bool Ok, long RecordsChecked, long? FirstBrokenSequence, string? Problem, long? CheckpointSequence = null);
