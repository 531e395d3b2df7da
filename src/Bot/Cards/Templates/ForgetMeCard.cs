using System.Globalization;
using SreBot.Bot.Cards.Actions;
using SreBot.Bot.Cards.Elements;

namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// "forget me": the confirmation (what would be erased, Erase/Cancel), and the answers to either button. The counts are
/// SreBot's own category names and numbers, so a FactSet fits; the reason may quote outside text and is a TextRun.
/// </summary>
public static class ForgetMeCard
{
    /// <summary>The confirmation for one user; the buttons carry only <paramref name="confirmation"/> (when it was made, a nonce and SreBot's MAC).</summary>
    public static AdaptiveCard Confirm(IReadOnlyDictionary<string, int> counts, IReadOnlyDictionary<string, string> confirmation)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var data = new Dictionary<string, string>(confirmation);
        return new AdaptiveCard
        {
            Body =
            [
                CardParts.Badge("ERASE", ContainerStyle.Attention),
                CardParts.Title("Erase everything SreBot keeps about you?"),
                TextBlock.Markdown(
                    "Your one-to-one chats with SreBot, your messages in shared chats and SreBot's answers to them, the approvals you " +
                    "requested, your investigation traces, your role assignments and your exports are deleted for good. The audit log keeps " +
                    "what was done under a pseudonym that no longer leads to you.") with { Spacing = Spacing.Small },
                CardParts.Heading("What would be erased"),
                new FactSet([.. counts.Select(c => new Fact(c.Key, c.Value.ToString(CultureInfo.InvariantCulture)))]),
                CardParts.Subtle("Type 'export my data' first if you want a copy."),
            ],
            Actions =
            [
                new ExecuteAction("Erase my data", ForgetMeVerbs.Confirm, data) { Style = ActionStyle.Destructive },
                new ExecuteAction("Cancel", ForgetMeVerbs.Cancel, data),
            ],
        };
    }

    /// <summary>After the erasure: what went, per category.</summary>
    public static AdaptiveCard Erased(IReadOnlyDictionary<string, int> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return new AdaptiveCard
        {
            Body =
            [
                CardParts.Badge("ERASED", ContainerStyle.Good),
                CardParts.Title("Your data is erased"),
                new FactSet([.. counts.Select(c => new Fact(c.Key, c.Value.ToString(CultureInfo.InvariantCulture)))]),
                CardParts.Subtle("The audit log keeps a pseudonymous record of the erasure and still verifies."),
            ],
        };
    }

    /// <summary>After Cancel, or a card that is too old or meant for someone else.</summary>
    public static AdaptiveCard NothingErased(string reason) => new()
    {
        Body =
        [
            CardParts.Title("Nothing was erased"),
            CardParts.Text(reason) with { Spacing = Spacing.Small },
        ],
    };
}
