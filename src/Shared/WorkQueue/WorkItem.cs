namespace SreBot.Shared.WorkQueue;

/// <summary>One claimed queue item. <paramref name="Attempts"/> counts the claims, this one included.</summary>
public sealed record WorkItem(long Id, string Kind, string Key, string Payload, DateTimeOffset EnqueuedAt, int Attempts);
