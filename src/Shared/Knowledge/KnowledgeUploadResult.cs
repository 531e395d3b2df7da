namespace SreBot.Shared.Knowledge;

/// <summary>The stored document and how many secrets were redacted from it before it was stored, or why nothing was stored.</summary>
public sealed record KnowledgeUploadResult(KnowledgeDocument? Document, KnowledgeRefusal Refusal = KnowledgeRefusal.None, string? Problem = null, int SecretsRedacted = 0)
{
    public static KnowledgeUploadResult Refused(KnowledgeRefusal refusal, string problem) => new(null, refusal, problem);
}
