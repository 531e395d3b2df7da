using SreBot.Shared.Estate;

namespace SreBot.Shared.AgentAccess;

/// <summary>The answer to a mode change: whether it happened, why (or why not), the permission checks made, and approvals cancelled.</summary>
public sealed record ModeChangeResult(bool Changed, string Reason, AgentState State, IReadOnlyList<WritePermissionCheck> Checks, int CancelledApprovals);
