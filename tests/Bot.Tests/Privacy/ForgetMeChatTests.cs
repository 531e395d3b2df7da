using System.Net.Http.Json;
using System.Text.Json;
using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Privacy;

/// <summary>"export my data" and "forget me" in chat, through the real host and a loopback Bot Connector.</summary>
public sealed class ForgetMeChatTests : IAsyncLifetime, IDisposable
{
    private const string Olga = "aad-olga";
    private const string OlgaUserId = "local:aad-olga";
    private readonly SreBotApp _app = new();
    private readonly string _canary = $"canary-{Guid.NewGuid():N}";
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync()
    {
        _connector = await ConnectorRecorder.StartAsync(_app);
        await SayAsync($"investigate app-checkout-api");
        await SayAsync($"hello {_canary}");
    }

    [Fact]
    public async Task ExportMyData_KeepsTheExport_AndSaysWhatItHoldsAndHowToFetchIt()
    {
        var reply = await SayAsync("Export my data");

        var id = System.Text.RegularExpressions.Regex.Match(reply.Text!, "exp_[0-9a-f]{32}").Value;
        Assert.Contains("threads 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains("traces 1", reply.Text, StringComparison.Ordinal);
        Assert.Contains($"GET /api/v1/me/exports/{id}", reply.Text, StringComparison.Ordinal);
        var kept = await _app.ClientFor(OlgaUserId, "reader").GetFromJsonAsync<JsonElement>($"/api/v1/me/exports/{id}", TestContext.Token);
        Assert.Contains(_canary, kept.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_Confirmed_ErasesTheCaller_AndAnswersWithTheCounts()
    {
        var card = await SayAsync("forget me");
        Assert.Contains("Erase everything SreBot keeps about you?", card.AllText, StringComparison.Ordinal);

        var answer = await ClickAsync(card, ForgetMeVerbs.Confirm, Olga);

        Assert.Contains("Your data is erased", answer, StringComparison.Ordinal);
        Assert.Contains("threads", answer, StringComparison.Ordinal);
        var export = await _app.ClientFor(OlgaUserId, "reader").GetFromJsonAsync<JsonElement>("/api/v1/me/export", TestContext.Token);
        Assert.All(export.GetProperty("counts").EnumerateObject(), c => Assert.Equal(0, c.Value.GetInt32()));
        foreach (var file in Directory.EnumerateFiles(_app.DataDirectory, "srebot.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file, TestContext.Token);
            Assert.True(bytes.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(_canary)) < 0, $"{file} still holds the canary");
        }

        Assert.True((await _app.Audit.VerifyAsync(TestContext.Token)).Ok);
    }

    [Fact]
    public async Task ForgetMe_Cancelled_ErasesNothing()
    {
        var card = await SayAsync("forget me");

        var answer = await ClickAsync(card, ForgetMeVerbs.Cancel, Olga);

        Assert.Contains("Nothing was erased", answer, StringComparison.Ordinal);
        var export = await _app.ClientFor(OlgaUserId, "reader").GetFromJsonAsync<JsonElement>("/api/v1/me/export", TestContext.Token);
        Assert.Equal(1, export.GetProperty("counts").GetProperty("threads").GetInt32());
        Assert.Contains(_canary, export.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_ClickedBySomeoneElse_ErasesNothing()
    {
        var card = await SayAsync("forget me");

        var answer = await ClickAsync(card, ForgetMeVerbs.Confirm, "aad-mallory");

        Assert.Contains("made for someone else", answer, StringComparison.Ordinal);
        var export = await _app.ClientFor(OlgaUserId, "reader").GetFromJsonAsync<JsonElement>("/api/v1/me/export", TestContext.Token);
        Assert.Equal(1, export.GetProperty("counts").GetProperty("threads").GetInt32());
    }

    [Theory]
    [InlineData("export my data")]
    [InlineData("forget me")]
    public async Task InAGroupChat_TheAnswerPointsToTheOneToOneChat(string text)
    {
        var response = await _app.CreateClient().PostAsJsonAsync(
            "/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, text, Olga, conversationId: "19:room@thread.v2", conversationType: "groupChat"), TestContext.Token);
        var reply = await _connector.NextAsync(a => a.Type == "message");

        Assert.True(response.IsSuccessStatusCode);
        Assert.Contains("one-to-one chat", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Card);
        var export = await _app.ClientFor(OlgaUserId, "reader").GetFromJsonAsync<JsonElement>("/api/v1/me/export", TestContext.Token);
        Assert.Equal(0, export.GetProperty("counts").GetProperty("exports").GetInt32());
    }

    public Task DisposeAsync() => _connector.DisposeAsync().AsTask();

    public void Dispose() => _app.Dispose();

    private async Task<RecordedActivity> SayAsync(string text)
    {
        var response = await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, text, Olga), TestContext.Token);
        Assert.True(response.IsSuccessStatusCode);
        return await _connector.NextAsync(a => a.Type == "message");
    }

    /// <summary>Clicks a button of the card as <paramref name="user"/>, with the data the card carries; returns the text of the answer.</summary>
    private async Task<string> ClickAsync(RecordedActivity card, string verb, string user)
    {
        var action = card.Card!.Value.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("verb").GetString() == verb);
        var response = await _app.CreateClient().PostAsJsonAsync(
            "/api/messages", ActivityBuilder.CardAction(_connector.ServiceUrl, verb, action.GetProperty("data"), card.Id, user), TestContext.Token);
        Assert.True(response.IsSuccessStatusCode);
        return JsonText.Strings(await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Token));
    }
}
