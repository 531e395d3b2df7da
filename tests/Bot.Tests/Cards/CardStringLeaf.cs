namespace SreBot.Bot.Tests.Cards;

/// <summary>A string somewhere in a card's JSON, with where it is.</summary>
/// <param name="OwnerType">The <c>type</c> of the object that holds it (null for facts, data and userIds).</param>
/// <param name="InFact">True for a fact's <c>title</c> or <c>value</c>.</param>
public sealed record CardStringLeaf(string Path, string Property, string? OwnerType, bool InFact, string Value)
{
    /// <summary>Where SreBot puts display text: Markdown text (<see cref="IsMarkdownText"/>) and a TextRun's literal text.</summary>
    public bool IsDisplayText => IsMarkdownText || IsLiteralText;

    /// <summary>Where renderers apply Markdown: a TextBlock's text, a fact's title and value.</summary>
    public bool IsMarkdownText => (OwnerType == "TextBlock" && Property == "text") || (InFact && Property is "title" or "value");

    /// <summary>A TextRun's text, which no renderer parses as Markdown: shown as the characters it is.</summary>
    public bool IsLiteralText => OwnerType == "TextRun" && Property == "text";
}
