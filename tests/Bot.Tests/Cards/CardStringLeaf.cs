namespace SreBot.Bot.Tests.Cards;

/// <summary>A string somewhere in a card's JSON, with where it is.</summary>
/// <param name="OwnerType">The <c>type</c> of the object that holds it (null for facts, data and userIds).</param>
/// <param name="InFact">True for a fact's <c>title</c> or <c>value</c>.</param>
public sealed record CardStringLeaf(string Path, string Property, string? OwnerType, bool InFact, string Value)
{
    /// <summary>Where renderers apply Markdown and where SreBot puts display text.</summary>
    public bool IsDisplayText => (OwnerType == "TextBlock" && Property == "text") || (InFact && Property is "title" or "value");
}
