using SreBot.Shared.Knowledge;

namespace SreBot.Shared.Tests.Knowledge;

/// <summary>
/// What every <see cref="IKnowledgeStore"/> promises, run against each backend: a document reads back as saved, lists
/// are newest first, search ranks passages holding every word before those holding some, and deletion, uploader
/// erasure and the retention cut-off touch only what they name.
/// </summary>
public abstract class KnowledgeStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private IKnowledgeStore? _store;

    private IKnowledgeStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend.</summary>
    protected abstract Task<IKnowledgeStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    private static KnowledgeDocument Document(string id, string? uploader, int minutes, int chunks = 1)
        => new(id, $"{id}.md", "text/markdown", 100, new string('a', 64), chunks, $"knowledge/{id}", uploader, Start.AddMinutes(minutes));

    private Task AddAsync(string id, string? uploader, int minutes, params KnowledgeChunk[] chunks)
        => Store.AddAsync(Document(id, uploader, minutes, chunks.Length), chunks, Token);

    [Fact]
    public async Task ADocument_ReadsBackAsSaved_AndAnUnknownIdIsNull()
    {
        var document = Document("kd_1", "aad-olga", 0);
        await Store.AddAsync(document, [new KnowledgeChunk(0, "Runbook", "restart the checkout pool")], Token);

        Assert.Equal(document, await Store.GetAsync("kd_1", Token));
        Assert.Null(await Store.GetAsync("kd_none", Token));
    }

    [Fact]
    public async Task TheList_IsNewestFirst_AndLimited()
    {
        await AddAsync("kd_1", "aad-olga", 0, new KnowledgeChunk(0, null, "one"));
        await AddAsync("kd_2", "aad-olga", 1, new KnowledgeChunk(0, null, "two"));
        await AddAsync("kd_3", "aad-bob", 2, new KnowledgeChunk(0, null, "three"));

        Assert.Equal(["kd_3", "kd_2", "kd_1"], (await Store.ListAsync(10, Token)).Select(d => d.Id));
        Assert.Equal(["kd_3"], (await Store.ListAsync(1, Token)).Select(d => d.Id));
    }

    [Fact]
    public async Task Search_RanksPassagesWithEveryWord_BeforeThoseWithSome_AndSaysWhereTheyAre()
    {
        await AddAsync("kd_some", "aad-olga", 0, new KnowledgeChunk(0, null, "checkout checkout checkout checkout is slow"));
        await AddAsync("kd_every", "aad-olga", 1,
            new KnowledgeChunk(0, "Intro", "nothing to see"),
            new KnowledgeChunk(1, "Runbook › Steps", "restart the checkout pool"));

        var hits = await Store.SearchAsync("checkout pool", 5, Token);

        Assert.Equal(["kd_every", "kd_some"], hits.Select(h => h.DocumentId));
        var best = hits[0];
        Assert.True(best.HasEveryWord);
        Assert.False(hits[1].HasEveryWord);
        Assert.Equal((1, "Runbook › Steps", "restart the checkout pool", "kd_every.md"), (best.Position, best.Heading, best.Text, best.DocumentName));
    }

    [Fact]
    public async Task Deleting_RemovesTheDocumentAndItsPassages_Once()
    {
        await AddAsync("kd_1", "aad-olga", 0, new KnowledgeChunk(0, null, "restart the checkout pool"));
        await AddAsync("kd_2", "aad-olga", 1, new KnowledgeChunk(0, null, "scale the checkout pool"));

        Assert.True(await Store.DeleteAsync("kd_1", Token));
        Assert.False(await Store.DeleteAsync("kd_1", Token));

        Assert.Null(await Store.GetAsync("kd_1", Token));
        Assert.Equal(["kd_2"], (await Store.SearchAsync("checkout", 5, Token)).Select(h => h.DocumentId));
    }

    [Fact]
    public async Task ForgettingAnUploader_KeepsTheirDocuments_WithoutThem_AndLeavesOthersAlone()
    {
        await AddAsync("kd_1", "aad-olga", 0, new KnowledgeChunk(0, null, "one"));
        await AddAsync("kd_2", "aad-olga", 1, new KnowledgeChunk(0, null, "two"));
        await AddAsync("kd_3", "aad-bob", 2, new KnowledgeChunk(0, null, "three"));

        Assert.Equal(["kd_1", "kd_2"], (await Store.ListUploadedByAsync("aad-olga", Token)).Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, await Store.ForgetUploaderAsync("aad-olga", Token));

        Assert.Empty(await Store.ListUploadedByAsync("aad-olga", Token));
        Assert.Null((await Store.GetAsync("kd_1", Token))!.UploadedBy);
        Assert.Equal("aad-bob", (await Store.GetAsync("kd_3", Token))!.UploadedBy);
        Assert.Equal(3, (await Store.ListAsync(10, Token)).Count);
    }

    [Fact]
    public async Task TheRetentionCutOff_NamesOnlyDocumentsUploadedBeforeIt()
    {
        await AddAsync("kd_old", "aad-olga", 0, new KnowledgeChunk(0, null, "old"));
        await AddAsync("kd_at", "aad-olga", 10, new KnowledgeChunk(0, null, "at"));
        await AddAsync("kd_new", "aad-olga", 20, new KnowledgeChunk(0, null, "new"));

        Assert.Equal(["kd_old"], (await Store.ListUploadedBeforeAsync(Start.AddMinutes(10), Token)).Select(d => d.Id));
    }
}
