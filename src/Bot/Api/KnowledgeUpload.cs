namespace SreBot.Bot.Api;

/// <summary>A document as read from a request: name, declared content type and the bytes (or why it could not be read).</summary>
public sealed record KnowledgeUpload(string? Name, string? ContentType, byte[] Content, int Status = StatusCodes.Status200OK, string? Problem = null)
{
    public static KnowledgeUpload Refused(int status, string problem) => new(null, null, [], status, problem);
}
