using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using SreBot.Shared.Blobs;
using SreBot.Shared.Storage;
using SreBot.Shared.Tests.Audit;

namespace SreBot.Shared.Tests.Storage;

/// <summary>SECURITY.md, "Learnt from the first outside probe": data files are owner-only (files 600, directories 700).</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFilePermissionTests : IDisposable
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode OwnerOnlyDirectory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly TemporaryDirectory _root = new();

    [Fact]
    public async Task Database_AndItsWalAndShm_AndANewDataDirectory_AreOwnerOnly()
    {
        Assert.False(OperatingSystem.IsWindows(), "Unix file modes are checked on Unix");
        var directory = Path.Combine(_root.Path, "new", "data");
        var database = new SqliteDatabase(Options.Create(new SreBotOptions { DataDirectory = directory }), []);
        await database.InitializeAsync(CancellationToken.None);
        await using (var connection = await database.OpenAsync(CancellationToken.None))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "CREATE TABLE t (x); INSERT INTO t VALUES (1);";
            await command.ExecuteNonQueryAsync();

            Assert.Equal(OwnerOnlyDirectory, File.GetUnixFileMode(directory));
            Assert.Equal(OwnerOnlyDirectory, File.GetUnixFileMode(Path.GetDirectoryName(directory)!));
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(database.FilePath + suffix));
            }
        }

        SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task ADatabaseCreatedWithLooserModes_IsMadeOwnerOnly_WhenOpened()
    {
        var directory = Path.Combine(_root.Path, "data");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, SqliteDatabase.FileName);
        await File.WriteAllBytesAsync(path, []);
        File.SetUnixFileMode(path, OwnerOnlyFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(directory, OwnerOnlyDirectory | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);

        var database = new SqliteDatabase(Options.Create(new SreBotOptions { DataDirectory = directory }), []);
        await database.InitializeAsync(CancellationToken.None);
        SqliteConnection.ClearAllPools();

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(path));
        Assert.Equal(OwnerOnlyDirectory, File.GetUnixFileMode(directory));
    }

    [Fact]
    public async Task Blobs_AndTheirFolders_AreOwnerOnly()
    {
        var store = new LocalFolderBlobStore(Options.Create(new SreBotOptions { DataDirectory = Path.Combine(_root.Path, "data") }));

        await store.WriteAsync("threads/t1/attachments/a.txt", new MemoryStream([1, 2, 3]), CancellationToken.None);

        Assert.Equal(OwnerOnlyFile, File.GetUnixFileMode(Path.Combine(store.Root, "threads", "t1", "attachments", "a.txt")));
        foreach (var folder in new[] { store.Root, Path.Combine(store.Root, "threads"), Path.Combine(store.Root, "threads", "t1"), Path.Combine(store.Root, "threads", "t1", "attachments") })
        {
            Assert.Equal(OwnerOnlyDirectory, File.GetUnixFileMode(folder));
        }
    }

    public void Dispose() => _root.Dispose();
}
