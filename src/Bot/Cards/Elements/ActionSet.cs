using SreBot.Bot.Cards.Actions;

namespace SreBot.Bot.Cards.Elements;

/// <summary>Buttons inside the body (e.g. right under a verdict), rather than at the card's foot.</summary>
public sealed record ActionSet(IReadOnlyList<CardAction> Actions) : CardElement;
