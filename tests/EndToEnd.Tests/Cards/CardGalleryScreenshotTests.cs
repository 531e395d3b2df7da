using System.Globalization;
using SreBot.Bot.Cards;
using SreBot.Bot.Cards.Elements;
using Xunit.Abstractions;

namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>
/// Every card of <see cref="CardGallery"/> as a phone shows it: rendered by the Adaptive Cards reference renderer in
/// Debian's Chromium at 400 px with a Teams-like host config, one screenshot each in tests/TestResults/cards/&lt;name&gt;.png.
/// Asserts no render problem, no visible Markdown escape (Teams shows <c>\(</c> as it is, and so does this renderer),
/// the verdict and the actions of investigation cards and the approver's Approve/Reject inside the first 400 px, and the
/// largest card well inside the Teams message limit (<see cref="TeamsMessageSize"/>).
/// </summary>
public sealed class CardGalleryScreenshotTests(ITestOutputHelper output)
{
    private const string Resource = "app-checkout-api";

    /// <summary>
    /// What must be above the fold, per gallery card. Every investigation card and the pending approver card must be
    /// listed: a new one is a reason to say what its reader must see first.
    /// </summary>
    private static readonly Dictionary<string, FoldExpectation> Folds = new()
    {
        ["investigation-memory-leak"] = FoldExpectation.Investigation(Resource, "Degraded", diagnosed: true, "Request restart"),
        ["investigation-healthy-real"] = FoldExpectation.Investigation(Resource, "Available", diagnosed: false, "Open in Azure portal"),
        ["investigation-memory-leak-azure"] = FoldExpectation.Investigation(Resource, "Degraded", diagnosed: true, "Request restart", "Open in Azure portal"),
        ["investigation-scale-out"] = FoldExpectation.Investigation(Resource, "Available", diagnosed: true, "Request scale to 6"),
        ["investigation-rollback"] = FoldExpectation.Investigation(Resource, "Degraded", diagnosed: true),
        ["approval-approver-Pending"] = FoldExpectation.Decision,
    };

    [Fact]
    public async Task EveryCard_RendersAtPhoneWidth_WithoutEscapes_VerdictAndActionsAboveTheFold_AndInsideTheTeamsLimit()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        var cards = CardGallery.All();
        List<string> failures = [];
        failures.AddRange(cards.Keys
            .Where(name => (name.StartsWith("investigation-", StringComparison.Ordinal) || name == "approval-approver-Pending") && !Folds.ContainsKey(name))
            .Select(name => $"{name}: say what must be above the fold in {nameof(Folds)}"));
        failures.AddRange(Folds.Keys.Where(name => !cards.ContainsKey(name)).Select(name => $"{name}: in {nameof(Folds)} but not in the gallery"));

        await using var renderer = await CardRenderer.StartAsync(timeout.Token);
        output.WriteLine($"Screenshots: {CardGalleryFiles.ScreenshotDirectory}");
        output.WriteLine($"{"card",-36} {"height",7} {"UTF-16",8}  buttons");
        var largest = (Name: "", Bytes: 0, Card: (AdaptiveCard?)null);
        foreach (var (name, card) in cards.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var activity = TeamsMessageSize.ActivityJson(card);
            var bytes = TeamsMessageSize.Utf16Bytes(activity);
            largest = bytes > largest.Bytes ? (name, bytes, card) : largest;

            var rendered = await renderer.RenderAsync(name, card.ToJsonObject().ToJsonString());
            await renderer.ScreenshotAsync(CardGalleryFiles.Screenshot(name));
            output.WriteLine($"{name,-36} {rendered.Height,5:0} px {bytes,8:N0}  {CardChecks.Describe(rendered.Buttons)}");

            var fold = Folds.GetValueOrDefault(name);
            if (fold is null && name.StartsWith("approval-approver-", StringComparison.Ordinal))
            {
                // A decided approval has no buttons; if it has them, they are above the fold too.
                fold = FoldExpectation.Decision with { Buttons = [.. rendered.Buttons.Select(b => b.Label).Where(FoldExpectation.Decision.Buttons.Contains)] };
            }

            failures.AddRange(await CardChecks.FailuresAsync(renderer, rendered, fold));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Largest: {largest.Name}, {largest.Bytes:N0} bytes of UTF-16 as an activity; budget {TeamsMessageSize.Budget:N0} (3/4 of the Teams limit, {TeamsMessageSize.LimitBytes:N0})"));
        if (largest.Card is not null && CardChecks.SizeFailure(largest.Name, largest.Card) is { } tooBig)
        {
            failures.Add(tooBig);
        }

        Assert.True(failures.Count == 0, $"{failures.Count} problems (screenshots in {CardGalleryFiles.ScreenshotDirectory}):\n{string.Join('\n', failures)}");
    }

    /// <summary>The checks themselves: each kind of broken card is caught, so a clean gallery run means something.</summary>
    [Fact]
    public async Task Checks_CatchEscapes_ButtonsBelowTheFold_RenderProblems_AndOversizedCards()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using var renderer = await CardRenderer.StartAsync(timeout.Token);

        var escaped = await renderer.RenderAsync("escaped", """
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Memory leak \\(confidence 90 %\\)","wrap":true}]}
            """);
        var escapes = await CardChecks.FailuresAsync(renderer, escaped, null);
        Assert.Contains(escapes, f => f.Contains("visible escapes", StringComparison.Ordinal) && f.Contains(@"\( in", StringComparison.Ordinal));

        var fillers = string.Join(',', Enumerable.Range(1, 30).Select(i => $$"""{"type":"TextBlock","text":"Finding {{i}}","wrap":true}"""));
        var tall = await renderer.RenderAsync("tall", $$"""
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Health: Degraded"},{{fillers}},
             {"type":"TextBlock","text":"Memory leak (confidence 90 %)"},
             {"type":"ActionSet","actions":[{"type":"Action.Execute","title":"Request restart","verb":"requestRemediation"},
                                            {"type":"Action.Execute","title":"Other","verb":"other"}]}]}
            """);
        var below = await CardChecks.FailuresAsync(renderer, tall, FoldExpectation.Investigation("Health", "Degraded", diagnosed: true, "Request restart"));
        Assert.Contains(below, f => f.Contains("button 'Request restart'", StringComparison.Ordinal) && f.Contains("below the first 400 px", StringComparison.Ordinal));
        Assert.Contains(below, f => f.Contains("button 'Other'", StringComparison.Ordinal));
        Assert.Contains(below, f => f.Contains("'confidence'", StringComparison.Ordinal) && f.Contains("below", StringComparison.Ordinal));
        Assert.DoesNotContain(below, f => f.Contains("'Degraded'", StringComparison.Ordinal));
        var missing = await CardChecks.FailuresAsync(renderer, tall, FoldExpectation.Decision);
        Assert.Contains(missing, f => f.Contains("no visible button 'Approve'", StringComparison.Ordinal));

        var broken = await renderer.RenderAsync("broken", """
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"x"},{"type":"TextBlock","text":"x","size":"huge"}]}
            """);
        var problems = await CardChecks.FailuresAsync(renderer, broken, null);
        Assert.Contains(problems, f => f.Contains("UnknownElementType", StringComparison.Ordinal));
        Assert.Contains(problems, f => f.Contains("InvalidPropertyValue", StringComparison.Ordinal));

        var clean = await renderer.RenderAsync("clean", """
            {"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"Memory leak (confidence 90 %)","wrap":true}]}
            """);
        Assert.Empty(await CardChecks.FailuresAsync(renderer, clean, null));

        var oversized = new AdaptiveCard { Body = [new RichTextBlock([new TextRun(new string('x', TeamsMessageSize.Budget / 2), TeamsMessageSize.Budget)])] };
        Assert.Contains("over the budget", CardChecks.SizeFailure("oversized", oversized), StringComparison.Ordinal);
        Assert.Null(CardChecks.SizeFailure("small", new AdaptiveCard { Body = [TextBlock.Markdown("ok")] }));
    }
}
