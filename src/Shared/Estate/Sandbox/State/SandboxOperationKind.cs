namespace SreBot.Shared.Estate.Sandbox.State;

internal enum SandboxOperationKind
{
    Restart,
    Scale,
}
