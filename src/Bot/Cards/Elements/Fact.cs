using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Cards.Elements;

/// <summary>
/// One row of a <see cref="FactSet"/>. Renderers apply Markdown to both parts, so a fact is for SreBot's own labels and
/// numbers; outside text goes in a row of <see cref="RichTextBlock"/>s instead (<c>CardParts.Row</c>). Both parts are still
/// cleaned, capped and escaped with <see cref="CardText.Plain"/>, as a backstop.
/// </summary>
public sealed record Fact
{
    public const int MaxTitleLength = 100;
    public const int MaxValueLength = 500;

    public Fact(string? title, string? value)
    {
        Title = CardText.Plain(title, MaxTitleLength);
        Value = CardText.Plain(value, MaxValueLength);
    }

    public string Title { get; }

    public string Value { get; }
}
