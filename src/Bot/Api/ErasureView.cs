namespace SreBot.Bot.Api;

/// <summary>What an erasure removed: items per category, and the audit record (by sequence) that closed it.</summary>
public sealed record ErasureView(IReadOnlyDictionary<string, int> Erased, long AuditSequence);
