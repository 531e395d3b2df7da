namespace SreBot.Shared.Approvals;

/// <param name="Result">The tool's answer (redacted), or why it failed or was refused.</param>
public sealed record ApprovedActionResult(bool Succeeded, string Result);
