namespace SreBot.Shared.Approvals;

/// <param name="Ran">False when another runner had already claimed the approval (nothing was done here).</param>
/// <param name="Result">The tool's answer (redacted), or why it failed or was refused.</param>
public sealed record ApprovedActionResult(bool Ran, bool Succeeded, string Result);
