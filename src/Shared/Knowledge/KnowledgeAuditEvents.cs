namespace SreBot.Shared.Knowledge;

/// <summary>Audit event types for knowledge documents; the detail is the document id, never its content.</summary>
public static class KnowledgeAuditEvents
{
    public const string Created = "knowledge.created";
    public const string Deleted = "knowledge.deleted";
    public const string Refused = "knowledge.refused";
}
