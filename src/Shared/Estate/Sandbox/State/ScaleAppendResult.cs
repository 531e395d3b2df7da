namespace SreBot.Shared.Estate.Sandbox.State;

/// <summary>The instance count before a scale request, and the persisted operation (null when the count was already as requested).</summary>
internal sealed record ScaleAppendResult(int PreviousInstanceCount, SandboxOperation? Operation);
