namespace SreBot.Bot.Cards.Elements;

/// <summary>A group of elements, optionally with a background style.</summary>
public sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
}
