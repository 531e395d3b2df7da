using System.Text;
using Azure.Storage.Blobs.Models;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.EndToEnd.Tests.Harness;
using SreBot.Shared;
using SreBot.Shared.Blobs;
using SreBot.Shared.Conversations;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.EndToEnd.Tests.Blobs;

/// <summary>
/// With <c>Storage:Blobs:Kind=AzureBlob</c> (Azurite), exports are kept in the container and erasure removes them: every
/// blob left in the container (snapshots and versions included) is read back and holds nothing of the erased user.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class AzureBlobErasureTests(AzuriteProcess azurite) : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("srebot-azure-erasure-").FullName;
    private readonly string _container = $"erasure-{Guid.NewGuid():N}";
    private ServiceProvider _services = null!;

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SreBot:DataDirectory"] = _directory,
            ["Storage:Blobs:Kind"] = "AzureBlob",
            ["Storage:Blobs:ConnectionString"] = azurite.ConnectionString,
            ["Storage:Blobs:ContainerName"] = _container,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSreBotShared(configuration).BuildServiceProvider();
        await _services.GetRequiredService<SqliteDatabase>().InitializeAsync(Token);
    }

    [Fact]
    public async Task ErasedUsersExports_LeaveNothingInTheContainer_AndOthersStay()
    {
        Assert.IsType<AzureBlobStore>(_services.GetRequiredService<IBlobStore>());
        var (a, b) = ($"aad-alice-{Guid.NewGuid():N}", $"aad-bruno-{Guid.NewGuid():N}");
        var (canaryA, canaryB) = ($"canary-a-{Guid.NewGuid():N}", $"canary-b-{Guid.NewGuid():N}");
        var conversations = _services.GetRequiredService<IConversationStore>();
        foreach (var (user, canary) in new[] { (a, canaryA), (b, canaryB) })
        {
            var chat = new ConversationReference("msteams", "http://127.0.0.1:1/", $"a:{user}", "personal", "tenant-1");
            await conversations.RecordMessageAsync(chat, new ChatMessage(user, "Someone", "in", DateTimeOffset.UtcNow, $"hello {canary}"), Token);
        }

        var exporter = _services.GetRequiredService<PersonalDataExporter>();
        await exporter.ExportAsync(a, a, Token);
        await exporter.ExportAsync(a, a, Token);
        var kept = await exporter.ExportAsync(b, b, Token);
        Assert.Contains(canaryA, await ContainerTextAsync(), StringComparison.Ordinal);

        var erasure = await _services.GetRequiredService<PersonalDataEraser>().EraseAsync(a, a, Token);

        Assert.Equal(2, erasure.Counts["exports"]);
        Assert.Equal(1, erasure.Counts["threads"]);
        var left = await ContainerTextAsync();
        Assert.DoesNotContain(a, left, StringComparison.Ordinal);
        Assert.DoesNotContain(canaryA, left, StringComparison.Ordinal);
        Assert.DoesNotContain("(soft-deleted", left, StringComparison.Ordinal);
        Assert.Contains(canaryB, left, StringComparison.Ordinal);
        await using var stream = await exporter.OpenAsync(b, kept.Id, Token);
        Assert.NotNull(stream);
        foreach (var file in Directory.EnumerateFiles(_directory, "srebot.db*"))
        {
            var bytes = await File.ReadAllBytesAsync(file, Token);
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(a)) < 0, $"{file} still holds the user id");
            Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(canaryA)) < 0, $"{file} still holds the canary");
        }
    }

    public async Task DisposeAsync()
    {
        var store = (AzureBlobStore)_services.GetRequiredService<IBlobStore>();
        await store.Container.DeleteIfExistsAsync(cancellationToken: Token);
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>Every blob in the container, with snapshots, versions and soft-deleted ones, read back and joined.</summary>
    private async Task<string> ContainerTextAsync()
    {
        var container = ((AzureBlobStore)_services.GetRequiredService<IBlobStore>()).Container;
        var text = new StringBuilder();
        await foreach (var item in container.GetBlobsAsync(new GetBlobsOptions { States = BlobStates.All }, Token))
        {
            text.AppendLine(item.Name);
            var blob = container.GetBlobClient(item.Name);
            blob = item.Snapshot is { } snapshot ? blob.WithSnapshot(snapshot) : item.VersionId is { } version ? blob.WithVersion(version) : blob;
            if (item.Deleted)
            {
                text.AppendLine("(soft-deleted: " + item.Name + ")");
                continue;
            }

            var content = await blob.DownloadContentAsync(Token);
            text.AppendLine(content.Value.Content.ToString());
        }

        return text.ToString();
    }
}
