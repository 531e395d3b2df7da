using System.Text.Json.Nodes;
using SreBot.Bot.Cards;
using SreBot.Bot.Cards.Templates;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Tests.Cards;

/// <summary>
/// Every template, fed hostile text in every string it takes: the text only ever lands in display text
/// (a TextBlock's <c>text</c>, a fact's <c>title</c>/<c>value</c>), always escaped — never in an action's title, verb
/// or data, a refresh, a URL, an id or a type.
/// </summary>
public sealed class UntrustedTextPlacementTests
{
    public static TheoryData<string> Cards => new(HostileCards().Keys);

    [Theory]
    [MemberData(nameof(Cards))]
    public void HostileText_OnlyAppearsAsDisplayText(string name)
    {
        var card = HostileCards()[name];

        var misplaced = CardJsonWalker.Strings(card)
            .Where(s => !s.IsDisplayText && s.Value.Contains(HostileText.Marker, StringComparison.Ordinal))
            .Select(s => $"{s.Path} = {s.Value}")
            .ToList();
        Assert.True(misplaced.Count == 0, "Hostile text outside display text:\n" + string.Join('\n', misplaced));
        Assert.Contains(CardJsonWalker.Strings(card), s => s.Value.Contains(HostileText.Marker, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void DisplayText_HasNoLiveMarkdown(string name)
    {
        foreach (var leaf in CardJsonWalker.Strings(HostileCards()[name]).Where(s => s.IsMarkdownText))
        {
            MarkdownAssert.FullyEscaped(leaf.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void HostileText_CannotAddElementsOrActions(string name)
    {
        var card = HostileCards()[name];

        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "Action.OpenUrl"));
        Assert.All(CardJsonWalker.ObjectsOfType(card, "Action.Execute"), action =>
        {
            Assert.Contains((string?)action["verb"], new[] { ApprovalVerbs.Refresh, ApprovalVerbs.Approve, ApprovalVerbs.Reject });
            Assert.Equal("""{"approvalId":"apr_0123456789abcdef0123456789abcdef"}""", action["data"]!.ToJsonString());
        });
    }

    private static Dictionary<string, JsonObject> HostileCards()
    {
        var cards = new Dictionary<string, AdaptiveCard>
        {
            ["investigation"] = InvestigationCard.Create(CardSamples.HostileInvestigation()),
            ["mode"] = ModeCard.Create(CardSamples.HostileAgent(), HostileText.For("message", 4)),
            ["error"] = ErrorCard.Create(HostileText.For("title", 0), HostileText.For("message", 1)),
            ["help"] = HelpCard.Create([(HostileText.For("command", 2), HostileText.For("description", 3))], llmConfigured: false),
            ["approval message"] = ApprovalCard.Message(HostileText.For("message", 5)),
        };
        foreach (var status in Enum.GetValues<ApprovalStatus>())
        {
            cards[$"approval base {status}"] = ApprovalCard.Base(CardSamples.HostileApproval(status), CardSamples.Approvers, CardSamples.Now);
            cards[$"approval approver {status}"] = ApprovalCard.ForApprover(CardSamples.HostileApproval(status), CardSamples.Now, CardSamples.Approvers);
        }

        return cards.ToDictionary(c => c.Key, c => c.Value.ToJsonObject());
    }
}
