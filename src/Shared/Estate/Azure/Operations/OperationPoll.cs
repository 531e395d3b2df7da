namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>What one answer about a long-running operation says: its state, Azure's message when it failed, and when to ask again.</summary>
internal sealed record OperationPoll(OperationState State, string? Message, TimeSpan RetryAfter);
