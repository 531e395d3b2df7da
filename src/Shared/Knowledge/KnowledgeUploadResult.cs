namespace SreBot.Shared.Knowledge;

/// <summary>The stored document, or why nothing was stored.</summary>
public sealed record KnowledgeUploadResult(KnowledgeDocument? Document, KnowledgeRefusal Refusal = KnowledgeRefusal.None, string? Problem = null)
{
    public static KnowledgeUploadResult Refused(KnowledgeRefusal refusal, string problem) => new(null, refusal, problem);
}
