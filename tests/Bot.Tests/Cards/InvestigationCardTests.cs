using System.Text.Json.Nodes;
using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Investigation;

namespace SreBot.Bot.Tests.Cards;

public sealed class InvestigationCardTests
{
    private static readonly JsonObject Card = InvestigationCard.Create(CardSamples.MemoryLeak()).ToJsonObject();

    [Fact]
    public void Simulated_ShowsASimulatedDataBadge_FirstOnTheCard()
    {
        var badge = Card["body"]![0]!;

        Assert.Equal("ColumnSet", (string?)badge["type"]);
        Assert.Equal("warning", (string?)badge["columns"]![0]!["style"]);
        Assert.Equal("SIMULATED DATA", (string?)badge["columns"]![0]!["items"]![0]!["text"]);
    }

    [Fact]
    public void RealData_HasNoBadge()
    {
        var card = InvestigationCard.Create(CardSamples.MemoryLeak() with { Simulated = false }).ToJsonObject();

        Assert.DoesNotContain(CardJsonWalker.DisplayTexts(card), t => t.Contains("SIMULATED", StringComparison.Ordinal));
    }

    [Fact]
    public void Title_NamesTheResource_AndHealthHasItsColour()
    {
        var texts = CardJsonWalker.DisplayTexts(Card);

        Assert.Contains("Investigation: app-checkout-api", texts);
        var health = CardJsonWalker.ObjectsOfType(Card, "TextBlock").Single(t => (string?)t["text"] == "Health: Degraded");
        Assert.Equal("warning", (string?)health["color"]);
    }

    [Fact]
    public void Findings_ErrorsChangesAndSuggestedAction_AreShown()
    {
        var texts = CardJsonWalker.DisplayTexts(Card);

        Assert.Contains("• Memory working set rose from 0.9 GB to 3.1 GB in the last hour.", texts);
        Assert.Contains("212×", texts);
        Assert.Contains(texts, t => t.StartsWith("System.OutOfMemoryException", StringComparison.Ordinal));
        Assert.Contains("2026-05-01 07:32 UTC", texts);
        Assert.Contains("Microsoft.Web/sites/write \\(Succeeded\\) by deploy-pipeline@contoso.com", texts);
        Assert.Contains("restart app-checkout-api", texts);
    }

    [Theory]
    [InlineData("MemoryWorkingSet", "0.9 GB → 3.1 GB (max 3.2 GB)")]
    [InlineData("HttpResponseTime", "45 ms → 245 ms (max 1,300 ms)")]
    [InlineData("Http5xx", "0 → 212 (max 240)")]
    [InlineData("CpuTime", "12 s → 31.5 s (max 40 s)")]
    public void Metrics_AreAFactSet_WithReadableUnits(string name, string expected)
    {
        var fact = CardJsonWalker.ObjectsOfType(Card, "FactSet")[0]["facts"]!.AsArray().Single(f => (string?)f!["title"] == name)!;

        Assert.Equal(expected, MarkdownAssert.Unescape((string)fact["value"]!));
    }

    [Theory]
    [InlineData("Bytes", 512, "512 B → 512 B (max 512 B)")]
    [InlineData("Bytes", 300 * 1024 * 1024, "300 MB → 300 MB (max 300 MB)")]
    [InlineData("Milliseconds", 25_000, "25 s → 25 s (max 25 s)")]
    [InlineData("Percent", 42.25, "42.3 % → 42.3 % (max 42.3 %)")]
    [InlineData("Furlongs", 3.5, "3.5 Furlongs → 3.5 Furlongs (max 3.5 Furlongs)")]
    public void MetricValues_ShareOneScale(string unit, double value, string expected)
    {
        Assert.Equal(expected, MetricText.Describe(new MetricHighlight("m", unit, value, value, value)));
    }

    [Fact]
    public void MissingMetricValues_ReadNotAvailable()
    {
        Assert.Equal("n/a → 2 (max n/a)", MetricText.Describe(new MetricHighlight("m", "Count", null, 2, double.NaN)));
    }

    [Fact]
    public void LongLists_AreCut_WithACount()
    {
        var summary = CardSamples.MemoryLeak() with
        {
            Findings = [.. Enumerable.Range(1, 25).Select(i => $"finding {i}")],
            TopErrors = [.. Enumerable.Range(1, 9).Select(i => new LogHighlight($"error {i}", i))],
        };

        var texts = CardJsonWalker.DisplayTexts(InvestigationCard.Create(summary).ToJsonObject());

        Assert.Equal(10, texts.Count(t => t.StartsWith("• finding", StringComparison.Ordinal)));
        Assert.Contains("…and 15 more", texts);
        Assert.Contains("…and 4 more", texts);
    }

    [Fact]
    public void Card_UsesTheFullWidth_AndHasNoActions()
    {
        Assert.Equal("Full", (string?)Card["msteams"]!["width"]);
        Assert.Null(Card["actions"]);
        Assert.Null(Card["refresh"]);
    }
}
