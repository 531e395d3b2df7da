namespace SreBot.Shared.Memories;

/// <summary>Audit event types for memories. Records carry the user and the memory id, never the text.</summary>
public static class MemoryAuditEvents
{
    public const string Created = "memory.created";
    public const string Deleted = "memory.deleted";
    public const string Refused = "memory.refused";
    public const string Purged = "memory.purged";
}
