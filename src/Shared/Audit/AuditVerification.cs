namespace SreBot.Shared.Audit;

/// <summary>Result of walking the chain.</summary>
/// <param name="FirstBrokenSequence">The first position where the chain does not hold, or null when it is intact.</param>
/// <param name="Problem">What is wrong at that position (edited, missing, out of order, truncated).</param>
public sealed record AuditVerification(bool Ok, long RecordsChecked, long? FirstBrokenSequence, string? Problem);
