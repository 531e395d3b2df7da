using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SreBot.Bot.Tests.Cards;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Redaction;

/// <summary>Markdown and card JSON in a log line reach the investigation card only as the characters they are, inside TextRuns (never Markdown).</summary>
public sealed class UntrustedLogMarkupTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Hostile =
    [
        "Render failed ![x](http://evil) in template",
        "Render failed [click](http://evil) in template",
        """Render failed {"type":"Action.OpenUrl","url":"http://evil"} in template""",
    ];

    private readonly SreBotApp _app = new(Settings());
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task MarkdownAndCardJson_InALogLine_AreLiteralTextInTextRuns_OnTheInvestigationCard()
    {
        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "investigate app-checkout-api"), TestContext.Token);

        var reply = await _connector.NextAsync(a => a.Card is not null);
        var card = JsonNode.Parse(reply.Card!.Value.GetRawText())!;

        var evil = CardJsonWalker.Strings(card).Where(s => s.Value.Contains("evil", StringComparison.Ordinal)).ToList();
        Assert.Equal(Hostile.Length, evil.Count);
        Assert.All(evil, s =>
        {
            Assert.Equal("TextRun", s.OwnerType);
            Assert.Equal("text", s.Property);
        });
        var shown = evil.Select(s => s.Value).ToList();
        Assert.All(Hostile, line => Assert.Contains(line, shown));
        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "Action.OpenUrl"));
        Assert.Empty(CardJsonWalker.ObjectsOfType(card, "Image"));
    }

    public Task DisposeAsync() => _connector.DisposeAsync().AsTask();

    public void Dispose() => _app.Dispose();

    // 66 copies of each line fill the 200 newest errors an investigation reads, so each is among the top errors.
    private static Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?> { ["Estate:Sandbox:Scenario"] = "healthy" };
        var i = 0;
        foreach (var message in Hostile)
        {
            for (var copy = 0; copy < 66; copy++, i++)
            {
                settings[$"Estate:Sandbox:ExtraLogLines:{i}:Resource"] = "app-checkout-api";
                settings[$"Estate:Sandbox:ExtraLogLines:{i}:Level"] = "Error";
                settings[$"Estate:Sandbox:ExtraLogLines:{i}:Message"] = message;
            }
        }

        return settings;
    }
}
