using System.Text.Json.Nodes;
using SreBot.Bot.Cards;
using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Investigation;
using SreBot.Shared.Approvals;
using SreBot.Shared.Estate.Diagnosis;

namespace SreBot.Bot.Tests.Cards;

/// <summary>
/// Every template, fed hostile text in every string it takes: the text only ever lands in a TextRun's <c>text</c> (which
/// Teams never parses as Markdown), shown as the characters it is — never in a TextBlock, a fact, an action's title, verb,
/// data or url, a refresh, an id or a type. The approval cards join this list once ApprovalCard puts outside text in TextRuns.
/// </summary>
public sealed class UntrustedTextPlacementTests
{
    public static TheoryData<string> Cards => new(HostileCards().Keys);

    [Theory]
    [MemberData(nameof(Cards))]
    public void HostileText_OnlyAppearsInTextRuns_Unescaped(string name)
    {
        var problems = HostileTextPlacement.Problems(HostileCards()[name]);

        Assert.True(problems.Count == 0, "Hostile text misplaced:\n" + string.Join('\n', problems));
    }

    [Theory]
    [MemberData(nameof(Cards))]
    public void HostileText_CannotAddElementsOrActions(string name)
    {
        var card = HostileCards()[name];

        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "Action.OpenUrl"));
        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "Image"));
        Assert.All(CardJsonWalker.ObjectsOfType(card, "Action.Execute"), action =>
            Assert.DoesNotContain(HostileText.Marker, action.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public void HostileInvestigation_WithAValidId_KeepsHostileTextOutOfTheButtons()
    {
        var summary = CardSamples.HostileInvestigation() with
        {
            ResourceId = Infrastructure.SandboxIds.CheckoutApi,
            Verdict = new InvestigationVerdict(VerdictSeverity.Critical, HostileText.For("Sentence", 1), 0.9, RemediationKind.ScaleOut, HostileText.For("SuggestedAction", 2), 4),
        };

        var card = InvestigationCard.Create(summary, "trc_0123", linkToPortal: true, CardSamples.Now).ToJsonObject();

        Assert.Empty(HostileTextPlacement.Problems(card));
        Assert.Single(CardJsonWalker.ObjectsOfType(card, "Action.Execute"));
        Assert.Single(CardJsonWalker.ObjectsOfType(card, "Action.OpenUrl"));
    }

    private static Dictionary<string, JsonObject> HostileCards()
    {
        var cards = new Dictionary<string, AdaptiveCard>
        {
            ["investigation"] = InvestigationCard.Create(CardSamples.HostileInvestigation(), "trc_0123", linkToPortal: true, CardSamples.Now),
            ["mode"] = ModeCard.Create(CardSamples.HostileAgent(), HostileText.For("message", 4), CardSamples.Now),
            ["error"] = ErrorCard.Create(HostileText.For("title", 0), HostileText.For("message", 1)),
            ["help"] = HelpCard.Create(
                [new CommandHelp(HostileText.For("name", 1), HostileText.For("command", 2), HostileText.For("description", 3), ["operator"])],
                new HashSet<string> { "reader" },
                llmConfigured: true,
                HostileText.For("llm", 4)),
            ["help, allowed"] = HelpCard.Create(
                [new CommandHelp(HostileText.For("name", 1), HostileText.For("command", 2), HostileText.For("description", 3), [])],
                new HashSet<string> { "reader" },
                llmConfigured: false),
            ["forget me, nothing erased"] = ForgetMeCard.NothingErased(HostileText.For("reason", 5)),
        };
        cards["approval message"] = ApprovalCard.Message(HostileText.For("message", 5));
        foreach (var status in Enum.GetValues<ApprovalStatus>())
        {
            cards[$"approval base {status}"] = ApprovalCard.Base(CardSamples.HostileApproval(status), CardSamples.Approvers, CardSamples.Now);
            cards[$"approval approver {status}"] = ApprovalCard.ForApprover(CardSamples.HostileApproval(status), CardSamples.Now, CardSamples.Approvers);
        }

        return cards.ToDictionary(c => c.Key, c => c.Value.ToJsonObject());
    }
}
