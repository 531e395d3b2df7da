using System.Text;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>Looks for text in the raw bytes of the SQLite database file and its WAL, the way a forensic reader would.</summary>
public static class DatabaseFiles
{
    public static async Task AssertNotFoundAsync(string dataDirectory, params string[] texts)
    {
        var files = Directory.EnumerateFiles(dataDirectory, "srebot.db*").ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var content = await ReadAsync(file);
            foreach (var text in texts)
            {
                Assert.False(content.Contains(text, StringComparison.OrdinalIgnoreCase), $"{Path.GetFileName(file)} still holds '{text}'");
            }
        }
    }

    public static async Task<bool> ContainsAsync(string dataDirectory, string text)
    {
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "srebot.db*"))
        {
            if ((await ReadAsync(file)).Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // SQLite removes the -wal and -shm files when its last connection closes, which can happen between the listing and the
    // read: a file that is gone holds nothing.
    private static async Task<string> ReadAsync(string file)
    {
        try
        {
            return Encoding.UTF8.GetString(await File.ReadAllBytesAsync(file, TestContext.Token));
        }
        catch (FileNotFoundException)
        {
            return string.Empty;
        }
    }
}
