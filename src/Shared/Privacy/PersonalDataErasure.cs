namespace SreBot.Shared.Privacy;

/// <summary>What an erasure removed: items per category, and the sequence of the audit record that closed it.</summary>
public sealed record PersonalDataErasure(IReadOnlyDictionary<string, int> Counts, long AuditSequence);
