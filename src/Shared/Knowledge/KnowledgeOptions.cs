using System.ComponentModel.DataAnnotations;

namespace SreBot.Shared.Knowledge;

/// <summary>Knowledge documents (section <c>Knowledge</c>).</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>Largest document accepted, in bytes of UTF-8 text; larger uploads get 413.</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxDocumentBytes { get; set; } = 1024 * 1024;

    /// <summary>Longest passage, in characters: sections longer than this are split at paragraphs, lines or spaces.</summary>
    [Range(200, 8000)]
    public int MaxChunkCharacters { get; set; } = 1200;
}
