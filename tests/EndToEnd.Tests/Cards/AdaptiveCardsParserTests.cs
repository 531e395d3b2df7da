using System.Text.Json;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>
/// Every card SreBot sends, checked by the Adaptive Cards reference library (npm adaptivecards, schema 1.5) under
/// Node 22: parse events, validateProperties(), properties the parser dropped and a render in jsdom, plus what the
/// library does not check (Action.Execute verbs, the refresh's shape, live links in text). See tests/tools/validate-cards.mjs.
/// </summary>
public sealed class AdaptiveCardsParserTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [Fact]
    public async Task EveryCard_PassesTheAdaptiveCardsReferenceParser()
    {
        var cards = CardGallery.All().ToDictionary(c => c.Key + ".json", c => c.Value.ToJsonObject().ToJsonString(Indented));

        var (result, report) = await ValidateAsync(cards);

        Assert.True(result.Succeeded, result.Description);
        Assert.Equal(cards.Keys.Order(), report.Keys.Order());
    }

    /// <summary>The checker itself: a card that breaks each rule is reported, so a clean run above means something.</summary>
    [Fact]
    public async Task Checker_ReportsBrokenCards()
    {
        Dictionary<string, string> broken = new()
        {
            ["no-verb.json"] = """{"type":"AdaptiveCard","version":"1.5","body":[],"actions":[{"type":"Action.Execute","title":"Go"}]}""",
            ["unknown-element.json"] = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlok","text":"x"}]}""",
            ["misspelt-property.json"] = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","isSubtel":true}]}""",
            ["bad-value.json"] = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"x","size":"huge"}]}""",
            ["live-link.json"] = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"![x](http://evil)"}]}""",
            ["old-version.json"] = """{"type":"AdaptiveCard","version":"1.4","body":[]}""",
            ["bad-refresh.json"] = """{"type":"AdaptiveCard","version":"1.5","body":[],"refresh":{"action":{"type":"Action.Submit","title":"r"},"userIds":[""]}}""",
            ["duplicate-id.json"] = """{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock","text":"a","id":"d"},{"type":"TextBlock","text":"b","id":"d"}]}""",
        };

        var (result, report) = await ValidateAsync(broken);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Action.Execute without a verb", report["no-verb.json"]);
        Assert.Contains("UnknownElementType", report["unknown-element.json"]);
        Assert.Contains("isSubtel: dropped by the parser", report["misspelt-property.json"]);
        Assert.Contains("InvalidPropertyValue", report["bad-value.json"]);
        Assert.Contains("live Markdown", report["live-link.json"]);
        Assert.Contains("expected \"1.5\"", report["old-version.json"]);
        Assert.Contains("expected \"Action.Execute\"", report["bad-refresh.json"]);
        Assert.Contains("refresh.userIds is not a list of user ids", report["bad-refresh.json"]);
        Assert.Contains("DuplicateId", report["duplicate-id.json"]);
    }

    /// <summary>Writes the cards to a temporary folder, runs the checker on it, returns its per-file errors joined.</summary>
    private static async Task<(ProcessResult Result, Dictionary<string, string> Errors)> ValidateAsync(IReadOnlyDictionary<string, string> cards)
    {
        using var cancellation = new CancellationTokenSource(Timeout);
        var node = ToolPaths.Node22;
        _ = ToolPaths.AdaptiveCardsLibrary;
        var directory = Directory.CreateTempSubdirectory("srebot-cards-");
        try
        {
            foreach (var (file, json) in cards)
            {
                await File.WriteAllTextAsync(Path.Combine(directory.FullName, file), json, cancellation.Token);
            }

            var result = await ProcessRunner.RunAsync(
                node, [ToolPaths.ValidateCardsScript, directory.FullName], Timeout, cancellationToken: cancellation.Token);
            Assert.True(result.ExitCode is 0 or 1, result.Description);
            using var report = JsonDocument.Parse(result.StandardOutput);
            var errors = report.RootElement.GetProperty("files").EnumerateArray().ToDictionary(
                f => f.GetProperty("file").GetString()!,
                f => string.Join('\n', f.GetProperty("errors").EnumerateArray().Select(e => e.GetString())));
            return (result, errors);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
