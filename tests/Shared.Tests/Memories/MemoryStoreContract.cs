using SreBot.Shared.Memories;

namespace SreBot.Shared.Tests.Memories;

/// <summary>
/// What every <see cref="IMemoryStore"/> promises, run against each backend: a memory reads back as saved; a user sees
/// their own memories and, only when they may, the team's, never another user's private ones (in lists and in search);
/// lists are newest first and limited; deletion and the retention cut-off work by id.
/// </summary>
public abstract class MemoryStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private IMemoryStore? _store;

    private IMemoryStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend.</summary>
    protected abstract Task<IMemoryStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    private static Memory Fact(string id, string owner, string visibility, string text, int minutes)
        => new(id, text, owner, visibility, Start.AddMinutes(minutes), owner);

    private async Task AddAsync(params Memory[] memories)
    {
        foreach (var memory in memories)
        {
            await Store.AddAsync(memory, Token);
        }
    }

    [Fact]
    public async Task AMemory_ReadsBackAsSaved_AndAnUnknownIdIsNull()
    {
        var memory = Fact("mem_1", "aad-olga", MemoryVisibility.Team, "checkout runs in westeurope", 0);
        await Store.AddAsync(memory, Token);

        Assert.Equal(memory, await Store.GetAsync("mem_1", Token));
        Assert.Null(await Store.GetAsync("mem_none", Token));
    }

    [Fact]
    public async Task AUser_SeesTheirOwnAndTeamMemories_NewestFirst_AndNeverAnotherUsersPrivateOnes()
    {
        await AddAsync(
            Fact("mem_olga", "aad-olga", MemoryVisibility.Private, "olga's dashboard", 0),
            Fact("mem_team", "aad-olga", MemoryVisibility.Team, "on call on Mondays", 1),
            Fact("mem_bob", "aad-bob", MemoryVisibility.Private, "bob's dashboard", 2),
            Fact("mem_bob2", "aad-bob", MemoryVisibility.Private, "bob's other note", 3));

        var forBob = await Store.ListVisibleAsync("aad-bob", seesTeam: true, 10, Token);
        var forBobWithoutTeam = await Store.ListVisibleAsync("aad-bob", seesTeam: false, 10, Token);

        Assert.Equal(["mem_bob2", "mem_bob", "mem_team"], forBob.Select(m => m.Id));
        Assert.Equal(["mem_bob2", "mem_bob"], forBobWithoutTeam.Select(m => m.Id));
        Assert.Single(await Store.ListVisibleAsync("aad-bob", seesTeam: true, 1, Token));
    }

    [Fact]
    public async Task Search_FindsMatchingVisibleMemories_AndNeverAnotherUsersPrivateOne_EvenWhenItMatchesBest()
    {
        await AddAsync(
            Fact("mem_olga", "aad-olga", MemoryVisibility.Private, "checkout pool checkout pool checkout pool", 0),
            Fact("mem_team", "aad-olga", MemoryVisibility.Team, "the checkout pool is on call on Mondays", 1),
            Fact("mem_other", "aad-bob", MemoryVisibility.Private, "the billing database is in northeurope", 2));

        var forBob = await Store.SearchVisibleAsync("aad-bob", seesTeam: true, "checkout pool", 5, Token);
        var forOlga = await Store.SearchVisibleAsync("aad-olga", seesTeam: true, "checkout pool", 1, Token);
        var withoutTeam = await Store.SearchVisibleAsync("aad-bob", seesTeam: false, "checkout", 5, Token);

        Assert.Equal(["mem_team"], forBob.Select(m => m.Id));
        Assert.Equal(["mem_olga"], forOlga.Select(m => m.Id));
        Assert.Empty(withoutTeam);
    }

    [Fact]
    public async Task Search_ReadsQuerySyntaxInTheTextAsPlainWords_AndMatchesACompoundAsAPhrase()
    {
        await AddAsync(
            Fact("mem_host", "aad-olga", MemoryVisibility.Team, "checkout-api.prod.internal restarts nightly", 0),
            Fact("mem_other", "aad-olga", MemoryVisibility.Team, "billing runs in northeurope", 1));

        async Task<IEnumerable<string>> SearchAsync(string text) => (await Store.SearchVisibleAsync("aad-olga", seesTeam: true, text, 5, Token)).Select(m => m.Id);

        Assert.Equal(["mem_host"], await SearchAsync("checkout"));
        Assert.Equal(["mem_host"], await SearchAsync("checkout-api.prod.internal"));
        Assert.Equal(["mem_host"], await SearchAsync("checkout & !restarts | :* ( ' \" <-> NEAR(x"));
        Assert.Empty(await SearchAsync("api-checkout"));
        Assert.Empty(await SearchAsync("& | ! :*"));
    }

    [Fact]
    public async Task TheOwnedMemories_AreEveryMemoryTheUserAuthored_PrivateAndTeam()
    {
        await AddAsync(
            Fact("mem_1", "aad-olga", MemoryVisibility.Private, "one", 0),
            Fact("mem_2", "aad-olga", MemoryVisibility.Team, "two", 1),
            Fact("mem_3", "aad-bob", MemoryVisibility.Team, "three", 2));

        var owned = await Store.ListOwnedAsync("aad-olga", Token);

        Assert.Equal(["mem_1", "mem_2"], owned.Select(m => m.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Deleting_RemovesTheMemoriesFromReadsAndSearch_AndCountsOnlyThoseThatWereThere()
    {
        await AddAsync(
            Fact("mem_1", "aad-olga", MemoryVisibility.Team, "checkout pool", 0),
            Fact("mem_2", "aad-olga", MemoryVisibility.Team, "checkout replicas", 1));

        Assert.Equal(1, await Store.DeleteAsync(["mem_1", "mem_none"], Token));

        Assert.Null(await Store.GetAsync("mem_1", Token));
        Assert.Equal(["mem_2"], (await Store.SearchVisibleAsync("aad-olga", seesTeam: true, "checkout", 5, Token)).Select(m => m.Id));
        Assert.Equal(0, await Store.DeleteAsync(["mem_1"], Token));
    }

    [Fact]
    public async Task TheRetentionCutOff_NamesOnlyMemoriesCreatedBeforeIt()
    {
        await AddAsync(
            Fact("mem_old", "aad-olga", MemoryVisibility.Private, "old", 0),
            Fact("mem_at", "aad-olga", MemoryVisibility.Private, "at the cut-off", 10),
            Fact("mem_new", "aad-olga", MemoryVisibility.Private, "new", 20));

        Assert.Equal(["mem_old"], await Store.IdsCreatedBeforeAsync(Start.AddMinutes(10), Token));
    }
}
