namespace SreBot.Shared.Estate.Azure.Operations;

/// <summary>Where a long-running ARM operation stands.</summary>
internal enum OperationState
{
    Running,
    Succeeded,
    Failed,
}
