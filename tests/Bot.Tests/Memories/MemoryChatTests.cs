using System.Net.Http.Json;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Memories;

/// <summary><c>remember</c>, <c>forget</c> and <c>memories</c> in chat (local mode: newcomers are reader + operator).</summary>
public sealed class MemoryChatTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task Remember_ThenMemories_ThenForgetByText()
    {
        var kept = await Say("remember the checkout database is sql-shop-prod");
        var team = await Say("remember for the team checkout on-call is team Basket");
        var list = await Say("memories");
        var forgotten = await Say("forget sql-shop-prod");
        var after = await Say("memories");

        Assert.Contains("private to you", kept, StringComparison.Ordinal);
        Assert.DoesNotContain("sql-shop-prod", kept, StringComparison.Ordinal);
        Assert.Contains("shared with the team", team, StringComparison.Ordinal);
        Assert.Contains("[private] the checkout database is sql-shop-prod", list, StringComparison.Ordinal);
        Assert.Contains("[team] checkout on-call is team Basket", list, StringComparison.Ordinal);
        Assert.StartsWith("Forgotten: mem_", forgotten, StringComparison.Ordinal);
        Assert.DoesNotContain("sql-shop-prod", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_AmbiguousText_ListsTheCandidates_AndKeepsThem()
    {
        await Say("remember checkout runs on P2v3");
        await Say("remember checkout belongs to team Basket");

        var reply = await Say("forget checkout");
        var list = await Say("memories");

        Assert.Contains("several memories", reply, StringComparison.Ordinal);
        Assert.Contains("P2v3", reply, StringComparison.Ordinal);
        Assert.Contains("Basket", reply, StringComparison.Ordinal);
        Assert.Contains("Memories (2)", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RememberForTheTeam_AsAReader_IsRefused_WithTheReason()
    {
        await _app.ClientFor("ada", "admin").PutAsJsonAsync("/api/v1/agent/roles/local:aad-rita", new { roles = new[] { "reader" } }, TestContext.Token);

        var reply = await Say("remember for the team the staging slot is broken", "aad-rita");

        Assert.Contains("'admin' or 'operator' role", reply, StringComparison.Ordinal);
        Assert.Contains("no memories", await Say("memories", "aad-rita"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remember_AFactWithASecret_IsRefused_AndSaysWhy()
    {
        var reply = await Say("remember the admin token is Bearer abcdefghijklmnopqrstuvwxyz012345");

        Assert.Contains("secret", reply, StringComparison.Ordinal);
        Assert.Contains("no memories", await Say("memories"), StringComparison.Ordinal);
    }

    private async Task<string> Say(string text, string user = "aad-olga")
    {
        await _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, text, aadObjectId: user), TestContext.Token);
        return (await _connector.NextAsync()).Text ?? string.Empty;
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();
}
