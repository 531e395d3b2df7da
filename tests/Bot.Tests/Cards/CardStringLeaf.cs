namespace SreBot.Bot.Tests.Cards;

/// <summary>A string somewhere in a card's JSON, with where it is.</summary>
/// <param name="OwnerType">The <c>type</c> of the object that holds it (null for facts, data and userIds).</param>
/// <param name="InFact">True for a fact's <c>title</c> or <c>value</c>.</param>
public sealed record CardStringLeaf(string Path, string Property, string? OwnerType, bool InFact, string Value)
{
    /// <summary>A TextRun's text: never parsed as Markdown, so the one place outside text may go.</summary>
    public bool IsTextRun => OwnerType == "TextRun" && Property == "text";

    /// <summary>Text a renderer applies Markdown to: a TextBlock's text, a fact's title and value.</summary>
    public bool IsMarkdown => (OwnerType == "TextBlock" && Property == "text") || (InFact && Property is "title" or "value");

    /// <summary>Every text the card shows.</summary>
    public bool IsDisplayText => IsTextRun || IsMarkdown;
}
