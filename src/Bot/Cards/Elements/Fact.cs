using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Cards.Elements;

/// <summary>
/// One row of a <see cref="FactSet"/>. Renderers apply Markdown to both parts, so both are treated as untrusted:
/// cleaned, capped and escaped like <see cref="TextBlock.Plain"/>.
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
