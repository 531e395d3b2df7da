namespace SreBot.Shared.Knowledge;

/// <summary>Why an upload was refused; the API maps each to its HTTP status.</summary>
public enum KnowledgeRefusal
{
    None,

    /// <summary>400: no name, empty, not valid UTF-8 text.</summary>
    Invalid,

    /// <summary>413: larger than <see cref="KnowledgeOptions.MaxDocumentBytes"/>.</summary>
    TooLarge,

    /// <summary>415: not Markdown or plain text.</summary>
    UnsupportedType,

    /// <summary>403: not an admin.</summary>
    Forbidden,
}
