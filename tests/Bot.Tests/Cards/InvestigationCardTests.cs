using System.Text.Json.Nodes;
using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Investigation;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Cards;

public sealed class InvestigationCardTests
{
    private const string TraceId = "trc_0123456789abcdef";

    private static readonly JsonObject Card = Create(CardSamples.MemoryLeak());

    [Fact]
    public void Simulated_ShowsASimulatedDataBadge_FirstOnTheCard()
    {
        var badge = Card["body"]![0]!;

        Assert.Equal("ColumnSet", (string?)badge["type"]);
        Assert.Equal("warning", (string?)badge["columns"]![0]!["style"]);
        Assert.Equal("SIMULATED DATA", (string?)badge["columns"]![0]!["items"]![0]!["inlines"]![0]!["text"]);
    }

    [Fact]
    public void RealData_HasNoBadge()
    {
        var card = Create(CardSamples.MemoryLeak() with { Simulated = false });

        Assert.DoesNotContain(CardJsonWalker.DisplayTexts(card), t => t.Contains("SIMULATED", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(VerdictSeverity.Critical, "attention")]
    [InlineData(VerdictSeverity.Warning, "warning")]
    [InlineData(VerdictSeverity.Ok, "good")]
    public void Header_NamesTheResource_AndItsStateIsColouredBySeverity(VerdictSeverity severity, string style)
    {
        var card = Create(CardSamples.MemoryLeak() with { Simulated = false, Verdict = CardSamples.LeakVerdict with { Severity = severity } });

        var header = card["body"]![0]!;
        Assert.Equal("app-checkout-api", (string?)header["columns"]![0]!["items"]![0]!["inlines"]![0]!["text"]);
        var state = header["columns"]![1]!;
        Assert.Equal(style, (string?)state["style"]);
        Assert.Equal("Degraded", (string?)state["items"]![0]!["inlines"]![0]!["text"]);
    }

    [Fact]
    public void Verdict_IsOneSentenceWithItsConfidence_RightAfterTheHeader_FollowedByTheButtons()
    {
        var body = Card["body"]!.AsArray();
        var verdict = body[2]!;

        Assert.Equal("Container", (string?)verdict["type"]);
        var runs = verdict["items"]![0]!["inlines"]!.AsArray().Select(r => (string?)r!["text"]).ToList();
        Assert.Equal([CardSamples.LeakVerdict.Sentence, " Confidence 90 %."], runs);
        Assert.Equal("ActionSet", (string?)body[3]!["type"]);
        Assert.Null(Card["actions"]);
    }

    [Fact]
    public void Restart_IsARequestButton_WithTheResourceTheActionAndTheTrace()
    {
        var actions = ActionsOf(Card);

        var restart = actions[0];
        Assert.Equal("Action.Execute", (string?)restart["type"]);
        Assert.Equal("Request restart", (string?)restart["title"]);
        Assert.Equal(RemediationVerbs.Request, (string?)restart["verb"]);
        Assert.Equal(
            new JsonObject { ["resourceId"] = SandboxIds.CheckoutApi, ["action"] = "restart", ["traceId"] = TraceId }.ToJsonString(),
            restart["data"]!.ToJsonString());
    }

    [Fact]
    public void ScaleOut_IsARequestButton_WithTheInstanceCount()
    {
        var scale = ActionsOf(Create(CardSamples.CpuSaturation()))[0];

        Assert.Equal("Request scale to 4", (string?)scale["title"]);
        Assert.Equal("scale", (string?)scale["data"]!["action"]);
        Assert.Equal("4", (string?)scale["data"]!["instanceCount"]);
        Assert.Equal(TraceId, (string?)scale["data"]!["traceId"]);
        Assert.Equal(SandboxIds.CheckoutApi, (string?)scale["data"]!["resourceId"]);
    }

    [Fact]
    public void NoActionNeeded_SaysSo_AndOffersOnlyTheDetails()
    {
        var card = Create(CardSamples.Healthy());

        Assert.Contains(CardJsonWalker.DisplayTexts(card), t => t.StartsWith("No action needed", StringComparison.Ordinal));
        Assert.Equal(["Action.ToggleVisibility"], ActionsOf(card).Select(a => (string?)a["type"]));
    }

    [Fact]
    public void Rollback_IsAnInstructionInPlainText_NotAButton()
    {
        var summary = CardSamples.BadDeployment();

        var card = Create(summary);

        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "Action.Execute"));
        Assert.Contains(summary.Verdict.SuggestedAction, CardJsonWalker.DisplayTexts(card));
    }

    [Fact]
    public void PortalLink_OnlyForTheAzureEstate_ToTheResourcesPortalPage()
    {
        var onAzure = ActionsOf(InvestigationCard.Create(CardSamples.MemoryLeak(), TraceId, linkToPortal: true, CardSamples.Now).ToJsonObject());

        var portal = Assert.Single(onAzure, a => (string?)a["type"] == "Action.OpenUrl");
        Assert.Equal("Open in Azure portal", (string?)portal["title"]);
        Assert.Equal("https://portal.azure.com/#resource" + SandboxIds.CheckoutApi, (string?)portal["url"]);
        Assert.DoesNotContain(ActionsOf(Card), a => (string?)a["type"] == "Action.OpenUrl");
    }

    [Fact]
    public void AnIdThatIsNotAnArmResourceId_GetsNeitherRequestNorPortalButtons()
    {
        var card = InvestigationCard.Create(CardSamples.MemoryLeak() with { ResourceId = "app-checkout-api" }, TraceId, linkToPortal: true, CardSamples.Now).ToJsonObject();

        Assert.Equal(["Action.ToggleVisibility"], ActionsOf(card).Select(a => (string?)a["type"]));
    }

    [Fact]
    public void Details_AreHidden_AndShowDetailsTogglesThem()
    {
        var details = Assert.Single(CardJsonWalker.ObjectsOfType(Card, "Container"), c => (string?)c["id"] == "details");

        Assert.False((bool)details["isVisible"]!);
        var toggle = Assert.Single(ActionsOf(Card), a => (string?)a["type"] == "Action.ToggleVisibility");
        Assert.Equal("Show details", (string?)toggle["title"]);
        Assert.Equal(["details"], toggle["targetElements"]!.AsArray().Select(t => (string?)t));
        var inDetails = CardJsonWalker.DisplayTexts(details);
        Assert.Contains("Memory keeps growing and requests fail with HTTP 500.", inDetails);
        Assert.Contains("212×", inDetails);
        Assert.Contains("MemoryWorkingSet", inDetails);
        Assert.Contains("Microsoft.Web/sites/write (Succeeded) by deploy-pipeline@contoso.com", inDetails);
    }

    [Fact]
    public void NoSentenceAppearsTwice()
    {
        var texts = CardJsonWalker.DisplayTexts(Card).Where(t => t.Length > 20).ToList();

        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void RecentChanges_ShowUtcAndHowLongAgo()
    {
        Assert.Contains("2026-05-01 07:32 UTC (3 h ago)", CardJsonWalker.DisplayTexts(Card));
    }

    [Fact]
    public void StackTraces_AreCutToTheFirstLineAndThreeFrames()
    {
        var error = Assert.Single(CardJsonWalker.DisplayTexts(Card), t => t.StartsWith("System.OutOfMemoryException", StringComparison.Ordinal));

        var lines = error.Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.StartsWith("  at Contoso.Checkout.Pricing.PriceSnapshotCache.GetOrAdd", lines[1], StringComparison.Ordinal);
        Assert.Equal("  … 2 more frames", lines[4]);
        Assert.DoesNotContain("ControllerActionInvoker", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MemoryWorkingSet", "0.9 GB → 3.1 GB (max 3.2 GB)")]
    [InlineData("HttpResponseTime", "45 ms → 245 ms (max 1,300 ms)")]
    [InlineData("Http5xx", "0 → 212 (max 240)")]
    [InlineData("CpuTime", "12 s → 31.5 s (max 40 s)")]
    public void Metrics_AreRows_WithReadableUnits(string name, string expected)
    {
        var texts = CardJsonWalker.DisplayTexts(Card).ToList();

        Assert.Equal(expected, texts[texts.IndexOf(name) + 1]);
    }

    [Theory]
    [InlineData("Bytes", 512, "512 B → 512 B (max 512 B)")]
    [InlineData("Bytes", 300 * 1024 * 1024, "300 MB → 300 MB (max 300 MB)")]
    [InlineData("Milliseconds", 25_000, "25 s → 25 s (max 25 s)")]
    [InlineData("Percent", 42.25, "42.3 % → 42.3 % (max 42.3 %)")]
    [InlineData("NanoCores", 1_500_000_000, "1.5 cores → 1.5 cores (max 1.5 cores)")]
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

        var texts = CardJsonWalker.DisplayTexts(Create(summary));

        Assert.Equal(10, texts.Count(t => t.StartsWith("• finding", StringComparison.Ordinal)));
        Assert.Contains("…and 15 more", texts);
        Assert.Contains("…and 4 more", texts);
    }

    [Fact]
    public void Card_UsesTheFullWidth_AndHasNoRefresh()
    {
        Assert.Equal("Full", (string?)Card["msteams"]!["width"]);
        Assert.Null(Card["refresh"]);
    }

    private static JsonObject Create(InvestigationSummary summary) =>
        InvestigationCard.Create(summary, TraceId, linkToPortal: false, CardSamples.Now).ToJsonObject();

    // The buttons under the verdict, in order, over every row.
    private static List<JsonObject> ActionsOf(JsonObject card) =>
        [.. CardJsonWalker.ObjectsOfType(card, "ActionSet").SelectMany(set => set["actions"]!.AsArray()).Select(a => a!.AsObject())];
}
