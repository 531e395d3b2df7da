using Microsoft.Extensions.Options;
using SreBot.Shared.Blobs;
using SreBot.Shared.Storage;

namespace SreBot.EndToEnd.Tests.Blobs;

/// <summary>The blob store contract on the embedded default: a folder under a fresh data directory.</summary>
public sealed class LocalFolderBlobStoreTests : BlobStoreContract, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("srebot-blobs-").FullName;

    public LocalFolderBlobStoreTests() => Store = new LocalFolderBlobStore(Options.Create(new SreBotOptions { DataDirectory = _directory }));

    protected override IBlobStore Store { get; }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
