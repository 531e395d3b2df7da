namespace SreBot.Shared.Estate.Sandbox.Models.WebApps;

internal enum FailureCause
{
    Baseline,
    OutOfMemory,
    Saturation,
    Code,
    Dependency,
    Restart,
}
