namespace SreBot.Shared.Policy;

/// <summary>Why a call was refused. Recorded in the audit log and shown to the caller.</summary>
public enum DenialCode
{
    Unauthenticated,
    MissingRole,
    ReaderMode,
    BlockedOperation,
    InvalidTarget,
    WrongTargetKind,
    OutOfScope,
}
