namespace SreBot.Bot.Tests.Cards;

/// <summary>Where hostile text ended up in a card, as a list of problems (empty when it only ever sits in TextRun texts, unescaped).</summary>
public static class HostileTextPlacement
{
    /// <summary>What <see cref="SreBot.Bot.Cards.Text.MarkdownEscaper"/> puts before a special character; none of the hostile samples has one.</summary>
    private static readonly string[] EscapeSequences = [@"\!", @"\(", @"\)", @"\<", @"\*", @"\#", @"\_", @"\{", @"\|", @"\`"];

    public static IReadOnlyList<string> Problems(System.Text.Json.Nodes.JsonNode card)
    {
        var hostile = CardJsonWalker.Strings(card).Where(s => s.Value.Contains(HostileText.Marker, StringComparison.Ordinal)).ToList();
        var problems = hostile.Where(s => !s.IsTextRun).Select(s => $"outside a TextRun: {s.Path} = {s.Value}").ToList();
        problems.AddRange(hostile.Where(s => s.IsTextRun && EscapeSequences.Any(e => s.Value.Contains(e, StringComparison.Ordinal)))
            .Select(s => $"escaped (would show a backslash): {s.Path} = {s.Value}"));
        if (hostile.Count == 0)
        {
            problems.Add("no hostile text on the card at all");
        }

        return problems;
    }
}
