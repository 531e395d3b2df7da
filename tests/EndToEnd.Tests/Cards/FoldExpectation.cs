namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>
/// What a card must show in its first <see cref="CardRenderer.PhoneWidth"/> px at phone width, without scrolling:
/// elements found by their text, buttons by their title, and (when <paramref name="EveryButton"/>) every visible button.
/// </summary>
public sealed record FoldExpectation(IReadOnlyList<string> Texts, IReadOnlyList<string> Buttons, bool EveryButton)
{
    /// <summary>
    /// The verdict first: the investigation card's contract (docs of issue 16) puts the resource name, the state, the one
    /// diagnosis sentence with its confidence and the action buttons (request buttons, <c>Show details</c>) on top.
    /// </summary>
    public static FoldExpectation Investigation(string resourceName, string state, bool diagnosed, params string[] buttons) =>
        new([resourceName, state, .. diagnosed ? new[] { "confidence" } : []], buttons, EveryButton: true);

    /// <summary>The approver decides without scrolling.</summary>
    public static FoldExpectation Decision { get; } = new([], ["Approve", "Reject"], EveryButton: false);
}
