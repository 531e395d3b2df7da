namespace SreBot.Shared.Approvals;

/// <summary>One step in an approval's history.</summary>
/// <param name="Kind">requested, approved, rejected, expired, cancelled, executing, executed, failed, interrupted, refused.</param>
/// <param name="Actor">Who took the step (user id, or <c>system</c>).</param>
public sealed record ApprovalEvent(DateTimeOffset At, string Kind, string Actor, string? Comment);
