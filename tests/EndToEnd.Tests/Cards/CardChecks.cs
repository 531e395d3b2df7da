using SreBot.Bot.Cards;

namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>The gallery's assertions on one rendered card, as readable failures (an empty list when it passes).</summary>
public static class CardChecks
{
    private const int MaxEscapesShown = 4;

    public static async Task<IReadOnlyList<string>> FailuresAsync(CardRenderer renderer, RenderedCard card, FoldExpectation? fold)
    {
        List<string> failures = [.. card.Problems.Select(p => $"{card.Name}: {p}")];
        var escapes = card.VisibleEscapes();
        if (escapes.Count > 0)
        {
            failures.Add($"{card.Name}: {escapes.Count} visible escapes, e.g. {string.Join("; ", escapes.Take(MaxEscapesShown))}");
        }

        if (fold is null)
        {
            return failures;
        }

        var fits = CardRenderer.PhoneWidth;
        foreach (var text in fold.Texts)
        {
            var box = await renderer.FindTextAsync(text);
            if (box is null)
            {
                failures.Add($"{card.Name}: no visible text '{text}'");
            }
            else if (box.Bottom > fits)
            {
                failures.Add($"{card.Name}: {box}, below the first {fits} px");
            }
        }

        foreach (var title in fold.Buttons)
        {
            var button = card.Buttons.FirstOrDefault(b => b.Label == title);
            if (button is null)
            {
                failures.Add($"{card.Name}: no visible button '{title}' (buttons: {Describe(card.Buttons)})");
            }
            else if (button.Bottom > fits)
            {
                failures.Add($"{card.Name}: button {button}, below the first {fits} px");
            }
        }

        if (fold.EveryButton)
        {
            failures.AddRange(card.Buttons.Where(b => b.Bottom > fits && !fold.Buttons.Contains(b.Label))
                .Select(b => $"{card.Name}: button {b}, below the first {fits} px"));
        }

        return failures;
    }

    /// <summary>The card's size as the activity Teams receives, when it is over <see cref="TeamsMessageSize.Budget"/>.</summary>
    public static string? SizeFailure(string name, AdaptiveCard card)
    {
        var bytes = TeamsMessageSize.Utf16Bytes(TeamsMessageSize.ActivityJson(card));
        return bytes > TeamsMessageSize.Budget
            ? $"{name}: {bytes:N0} bytes of UTF-16 as an activity, over the budget of {TeamsMessageSize.Budget:N0} (3/4 of the Teams limit of {TeamsMessageSize.LimitBytes:N0})"
            : null;
    }

    public static string Describe(IReadOnlyList<RenderedBox> buttons) => buttons.Count == 0 ? "none" : string.Join(", ", buttons);
}
