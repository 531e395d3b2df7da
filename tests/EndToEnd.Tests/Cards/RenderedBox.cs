namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>Where a rendered element lies, in CSS pixels from the top of the card.</summary>
public sealed record RenderedBox(string Label, double Top, double Bottom)
{
    public override string ToString() => $"'{Label}' at {Top:0}–{Bottom:0} px";
}
