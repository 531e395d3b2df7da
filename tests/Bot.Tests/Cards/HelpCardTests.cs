using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Conversations.Commands;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Tests.Cards;

public sealed class HelpCardTests
{
    [Theory]
    [InlineData(true, "You can also ask in plain language")]
    [InlineData(false, "No LLM is configured")]
    public void HelpCard_SaysWhetherPlainLanguageWorks(bool llmConfigured, string expected)
    {
        var texts = Texts(CardSamples.Commands, [Roles.Reader], llmConfigured);

        Assert.Contains("investigate <resource>", texts);
        Assert.Contains("Show this card.", texts);
        Assert.Contains(texts, t => t.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Reader_SeesInvestigate_NotRestartOrModeChanges_AndWhichRoleUnlocksThem()
    {
        var texts = Texts(HelpCommand.Commands, [Roles.Reader]);

        Assert.Contains("investigate <resource>", texts);
        Assert.Contains("whoami", texts);
        Assert.DoesNotContain("restart <resource> because <reason>", texts);
        Assert.DoesNotContain("role <user-id> <role>", texts);
        Assert.Contains(": restart, scale, remember for the team", texts);
        Assert.Contains(": mode privileged, role, remember for the team", texts);
    }

    [Fact]
    public void Operator_SeesRestartAndScale()
    {
        var texts = Texts(HelpCommand.Commands, [Roles.Operator]);

        Assert.Contains("restart <resource> because <reason>", texts);
        Assert.Contains("scale <resource> to <n> because <reason>", texts);
        Assert.Contains("remember for the team <fact>", texts);
        Assert.DoesNotContain("mode privileged | mode reader", texts);
    }

    [Fact]
    public void Auditor_CannotInvestigate_AndIsToldWhichRoleCan()
    {
        var texts = Texts(HelpCommand.Commands, [Roles.Auditor]);

        Assert.DoesNotContain("investigate <resource>", texts);
        Assert.Contains("export my data", texts);
        Assert.Contains(": investigate, search", texts);
    }

    [Fact]
    public void Admin_WithEveryRole_SeesEverything_AndNoUnlocks()
    {
        var texts = Texts(HelpCommand.Commands, [.. Roles.All]);

        Assert.All(HelpCommand.Commands, c => Assert.Contains(c.Usage, texts));
        Assert.DoesNotContain("More with another role", texts);
    }

    [Fact]
    public void HelpCard_ListsCommandsAsRows_NotFacts()
    {
        var card = HelpCard.Create(CardSamples.Commands, new HashSet<string> { Roles.Reader }, llmConfigured: true).ToJsonObject();

        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "FactSet"));
    }

    private static IReadOnlyList<string> Texts(IReadOnlyList<CommandHelp> commands, string[] roles, bool llmConfigured = true) =>
        CardJsonWalker.DisplayTexts(HelpCard.Create(commands, roles.ToHashSet(StringComparer.Ordinal), llmConfigured).ToJsonObject());
}
