namespace SreBot.Bot.Api;

/// <summary>JSON body of <c>POST /api/v1/knowledge</c>: <paramref name="ContentType"/> is <c>text/markdown</c> (default) or <c>text/plain</c>.</summary>
public sealed record KnowledgeUploadRequest(string? Name, string? Content, string? ContentType);
