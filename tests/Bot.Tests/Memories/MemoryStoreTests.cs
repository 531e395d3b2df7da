using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Audit;
using SreBot.Shared.Identity;
using SreBot.Shared.Memories;
using SreBot.Shared.Privacy;
using SreBot.Shared.Retention;

namespace SreBot.Bot.Tests.Memories;

/// <summary>The SQLite memory store and the sources built on it, over a real database file.</summary>
public sealed class MemoryStoreTests : IAsyncLifetime
{
    private static readonly CallerIdentity Olga = new("aad-olga", new HashSet<string> { Roles.Reader, Roles.Operator }, "api");
    private static readonly CallerIdentity Bob = new("aad-bob", new HashSet<string> { Roles.Reader }, "api");
    private static readonly CallerIdentity Nobody = new("aad-nobody", new HashSet<string>(), "api");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly SharedServices _services;

    public MemoryStoreTests() => _services = new SharedServices(time: _time);

    private MemoryBook Book => _services.Get<MemoryBook>();

    public Task InitializeAsync() => _services.InitializeAsync();

    [Fact]
    public async Task Search_NeverReturnsAnotherUsersPrivateMemory_EvenWhenItIsTheBestMatch()
    {
        await Book.RememberAsync(Olga, "checkout pool checkout pool checkout pool: restart checkout with care", MemoryVisibility.Private, TestContext.Token);
        await Book.RememberAsync(Olga, "the checkout team is on call on Mondays", MemoryVisibility.Team, TestContext.Token);
        await Book.RememberAsync(Bob, "my checkout dashboard is grafana/checkout", MemoryVisibility.Private, TestContext.Token);
        var store = _services.Get<IMemoryStore>();

        var forBob = await store.SearchVisibleAsync(Bob.UserId, MemoryBook.SeesTeam(Bob), "checkout pool", 1, TestContext.Token);
        var forOlga = await store.SearchVisibleAsync(Olga.UserId, MemoryBook.SeesTeam(Olga), "checkout pool", 1, TestContext.Token);
        var forNobody = await store.SearchVisibleAsync(Nobody.UserId, MemoryBook.SeesTeam(Nobody), "checkout", 10, TestContext.Token);

        Assert.Equal("aad-bob", Assert.Single(forBob).OwnerId);
        Assert.Contains("pool", Assert.Single(forOlga).Text, StringComparison.Ordinal);
        Assert.Empty(forNobody);
    }

    [Fact]
    public async Task ContextSource_GivesTheAskingUser_TheirOwnAndTeamMemories_Only()
    {
        await Book.RememberAsync(Olga, "olga-secret-plan: checkout restarts happen at 03:00", MemoryVisibility.Private, TestContext.Token);
        await Book.RememberAsync(Olga, "checkout restarts need a heads-up in #shop-ops", MemoryVisibility.Team, TestContext.Token);
        var source = _services.Provider.GetServices<IAgentContextSource>().Single(s => s.Name == "memories");

        var bob = await source.GetContextAsync(Bob, "when do we restart checkout?", TestContext.Token);
        var olga = await source.GetContextAsync(Olga, "when do we restart checkout?", TestContext.Token);

        Assert.Equal("[team] checkout restarts need a heads-up in #shop-ops", Assert.Single(bob));
        Assert.Equal(2, olga.Count);
        Assert.DoesNotContain(bob, line => line.Contains("olga-secret-plan", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Remember_RefusesSecrets_TeamMemoriesForReaders_AndOverlongText_AndAuditsWithoutText()
    {
        var secret = await Book.RememberAsync(Olga, "the db is Server=sql1;User Id=app;Password=Hunter2-very-secret;", MemoryVisibility.Private, TestContext.Token);
        var team = await Book.RememberAsync(Bob, "shared fact", MemoryVisibility.Team, TestContext.Token);
        var longText = await Book.RememberAsync(Olga, new string('x', Memory.MaxTextLength + 1), MemoryVisibility.Private, TestContext.Token);
        var created = await Book.RememberAsync(Olga, "audit-canary fact", MemoryVisibility.Private, TestContext.Token);

        Assert.Contains("secret", secret.Refusal, StringComparison.Ordinal);
        Assert.True(team.Forbidden);
        Assert.False(longText.Succeeded);
        Assert.True(created.Succeeded);
        Assert.Empty(await _services.Get<IMemoryStore>().SearchVisibleAsync(Olga.UserId, true, "Hunter2", 10, TestContext.Token));
        var records = await _services.Get<IAuditLog>().QueryAsync(new AuditQuery(), TestContext.Token);
        Assert.Equal(3, records.Count(r => r.EventType == MemoryAuditEvents.Refused));
        var record = Assert.Single(records, r => r.EventType == MemoryAuditEvents.Created);
        Assert.StartsWith(created.Memory!.Id, record.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(records, r => (r.Detail ?? string.Empty).Contains("canary", StringComparison.Ordinal) || (r.Detail ?? string.Empty).Contains("Hunter2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forget_AmbiguousText_ListsCandidates_AndDeletesNothing_ThenAnIdDeletesOne()
    {
        await Book.RememberAsync(Olga, "checkout runs on plan P2v3", MemoryVisibility.Private, TestContext.Token);
        await Book.RememberAsync(Olga, "checkout owner is team Basket", MemoryVisibility.Private, TestContext.Token);
        await Book.RememberAsync(Bob, "checkout is Bob's favourite", MemoryVisibility.Private, TestContext.Token);

        var ambiguous = await Book.ForgetAsync(Olga, "checkout", TestContext.Token);
        var byId = await Book.ForgetAsync(Olga, ambiguous.Candidates![0].Id, TestContext.Token);
        var byText = await Book.ForgetAsync(Olga, "checkout", TestContext.Token);
        var bobs = await Book.ForgetAsync(Olga, "favourite", TestContext.Token);

        Assert.False(ambiguous.Succeeded);
        Assert.Equal(2, ambiguous.Candidates.Count);
        Assert.True(byId.Succeeded);
        Assert.True(byText.Succeeded);
        Assert.False(bobs.Succeeded);
        Assert.Single(await Book.ListAsync(Bob, TestContext.Token));
    }

    [Fact]
    public async Task Admin_MayDeleteTeamMemories_ButNotSomeoneElsesPrivateOnes()
    {
        var admin = new CallerIdentity("aad-ada", new HashSet<string> { Roles.Admin }, "api");
        var team = (await Book.RememberAsync(Olga, "team fact", MemoryVisibility.Team, TestContext.Token)).Memory!;
        var mine = (await Book.RememberAsync(Olga, "private fact", MemoryVisibility.Private, TestContext.Token)).Memory!;

        Assert.False((await Book.DeleteAsync(admin, mine.Id, TestContext.Token)).Succeeded);
        Assert.False((await Book.DeleteAsync(Bob, team.Id, TestContext.Token)).Succeeded);
        Assert.True((await Book.DeleteAsync(admin, team.Id, TestContext.Token)).Succeeded);
    }

    [Fact]
    public async Task Erase_RemovesTheUsersMemories_FromTableIndexAndFiles_AndLeavesOthers()
    {
        var canary = $"canary{Guid.NewGuid():N}";
        await Book.RememberAsync(Olga, $"{canary} private", MemoryVisibility.Private, TestContext.Token);
        await Book.RememberAsync(Olga, $"{canary} for the team", MemoryVisibility.Team, TestContext.Token);
        await Book.RememberAsync(Bob, "bob keeps this", MemoryVisibility.Private, TestContext.Token);
        var source = _services.Provider.GetServices<IPersonalDataSource>().Single(s => s.Category == "memories");
        Assert.True(await DatabaseFiles.ContainsAsync(_services.DataDirectory, canary));

        var export = (JsonArray)await source.ExportAsync(Olga.UserId, TestContext.Token);
        var erased = await source.EraseAsync(Olga.UserId, TestContext.Token);

        Assert.Equal(2, export.Count);
        Assert.DoesNotContain("bob keeps this", export.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, erased);
        Assert.Empty((JsonArray)await source.ExportAsync(Olga.UserId, TestContext.Token));
        Assert.Single((JsonArray)await source.ExportAsync(Bob.UserId, TestContext.Token));
        Assert.Empty(await _services.Get<IMemoryStore>().SearchVisibleAsync(Bob.UserId, true, canary, 10, TestContext.Token));
        await DatabaseFiles.AssertNotFoundAsync(_services.DataDirectory, canary);
    }

    [Fact]
    public async Task Retention_PurgesWhatIsOlderThanTheCutoff_AndIsIdempotent()
    {
        await Book.RememberAsync(Olga, "old fact", MemoryVisibility.Private, TestContext.Token);
        _time.Advance(TimeSpan.FromDays(40));
        await Book.RememberAsync(Olga, "new fact", MemoryVisibility.Private, TestContext.Token);
        var retention = _services.Provider.GetServices<IRetainedData>().Single(r => r.DataType == "memories");

        var first = await retention.PurgeOlderThanAsync(_time.GetUtcNow().AddDays(-30), TestContext.Token);
        var second = await retention.PurgeOlderThanAsync(_time.GetUtcNow().AddDays(-30), TestContext.Token);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Equal("new fact", Assert.Single(await Book.ListAsync(Olga, TestContext.Token)).Text);
    }

    public Task DisposeAsync() => _services.DisposeAsync();
}
