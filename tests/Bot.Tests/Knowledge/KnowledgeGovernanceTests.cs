using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Blobs;
using SreBot.Shared.Identity;
using SreBot.Shared.Knowledge;
using SreBot.Shared.Privacy;
using SreBot.Shared.Retention;

namespace SreBot.Bot.Tests.Knowledge;

/// <summary>Knowledge in export, erasure (the uploader link goes, the document stays) and retention (rows, index and blob go).</summary>
public sealed class KnowledgeGovernanceTests : IAsyncLifetime
{
    private static readonly CallerIdentity Ada = new("aad-ada", new HashSet<string> { Roles.Admin }, "api");
    private static readonly CallerIdentity Abe = new("aad-abe", new HashSet<string> { Roles.Admin }, "api");

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly SharedServices _services;

    public KnowledgeGovernanceTests() => _services = new SharedServices(time: _time);

    private KnowledgeLibrary Library => _services.Get<KnowledgeLibrary>();

    public Task InitializeAsync() => _services.InitializeAsync();

    [Fact]
    public async Task Export_ListsWhatTheUserUploaded_AndErase_RemovesOnlyTheUploaderLink()
    {
        var mine = await AddAsync(Ada, "ada.md", "# Ada\n\nrestart procedure");
        await AddAsync(Abe, "abe.md", "# Abe\n\nrollback procedure");
        var source = _services.Provider.GetServices<IPersonalDataSource>().Single(s => s.Category == "knowledge");

        var export = (JsonArray)await source.ExportAsync(Ada.UserId, TestContext.Token);
        var erased = await source.EraseAsync(Ada.UserId, TestContext.Token);

        Assert.Equal(mine.Id, Assert.Single(export)!["id"]!.GetValue<string>());
        Assert.Equal(1, erased);
        Assert.Empty((JsonArray)await source.ExportAsync(Ada.UserId, TestContext.Token));
        Assert.Null((await Library.GetAsync(mine.Id, TestContext.Token))!.UploadedBy);
        Assert.NotEmpty(await Library.SearchAsync("restart procedure", 5, TestContext.Token));
        Assert.Equal("aad-abe", (await Library.ListAsync(TestContext.Token)).Single(d => d.Name == "abe.md").UploadedBy);
    }

    [Fact]
    public async Task Retention_PurgesOldDocuments_WithTheirBlobs_AndIsIdempotent()
    {
        var old = await AddAsync(Ada, "old.md", "# Old\n\nobsolete procedure");
        _time.Advance(TimeSpan.FromDays(400));
        await AddAsync(Ada, "new.md", "# New\n\ncurrent procedure");
        var retention = _services.Provider.GetServices<IRetainedData>().Single(r => r.DataType == "knowledge");

        var first = await retention.PurgeOlderThanAsync(_time.GetUtcNow().AddDays(-365), TestContext.Token);
        var second = await retention.PurgeOlderThanAsync(_time.GetUtcNow().AddDays(-365), TestContext.Token);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.Equal("new.md", Assert.Single(await Library.ListAsync(TestContext.Token)).Name);
        Assert.Empty(await Library.SearchAsync("obsolete", 5, TestContext.Token));
        Assert.Null(await _services.Get<IBlobStore>().OpenReadAsync(old.BlobName, TestContext.Token));
    }

    private async Task<KnowledgeDocument> AddAsync(CallerIdentity caller, string name, string content)
        => (await Library.AddAsync(caller, name, KnowledgeContentTypes.Markdown, Encoding.UTF8.GetBytes(content), TestContext.Token)).Document!;

    public Task DisposeAsync() => _services.DisposeAsync();
}
