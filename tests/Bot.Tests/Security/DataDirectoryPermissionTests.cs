using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Blobs;

namespace SreBot.Bot.Tests.Security;

/// <summary>SECURITY.md, "Learnt from the first outside probe": every file the host leaves in its data directory is owner-only.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataDirectoryPermissionTests : IDisposable
{
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly SreBotApp _app = new();

    [Fact]
    public async Task AfterARunningHostHasWritten_EveryFileAndFolderInTheDataDirectory_IsOwnerOnly()
    {
        Assert.False(OperatingSystem.IsWindows(), "Unix file modes are checked on Unix");
        await using (var client = await _app.McpClientFor("rita", "reader"))
        {
            await client.CallAsync("resources_list", new { });
        }

        await _app.Services.GetRequiredService<IBlobStore>().WriteAsync("threads/t1/a.txt", new MemoryStream([1]), TestContext.Token);

        var entries = Directory.EnumerateFileSystemEntries(_app.DataDirectory, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(entries, e => e.EndsWith("srebot.db-wal", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EndsWith("a.txt", StringComparison.Ordinal));
        var open = entries.Where(e => (File.GetUnixFileMode(e) & GroupOrOther) != 0).Select(e => $"{Path.GetRelativePath(_app.DataDirectory, e)} {File.GetUnixFileMode(e)}").ToList();
        Assert.True(open.Count == 0, "not owner-only: " + string.Join(", ", open));
    }

    public void Dispose() => _app.Dispose();
}
