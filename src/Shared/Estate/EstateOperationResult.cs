using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>Outcome of a write operation as the provider reports it.</summary>
public sealed record EstateOperationResult(ResourceId ResourceId, string Operation, bool Succeeded, string Message, DateTimeOffset CompletedAt);
