namespace SreBot.Shared.Retention;

/// <summary>What one <see cref="IRetainedData"/> purged in a pass; <paramref name="Failed"/> when it threw (logged).</summary>
public sealed record RetentionPurge(string DataType, DateTimeOffset Cutoff, int Count, bool Failed = false);
