namespace SreBot.Bot.Cards.Elements;

/// <summary>Title/value pairs shown as a two-column table.</summary>
public sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
