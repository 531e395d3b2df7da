namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>Files of the repository the tests run from (found by walking up to <c>global.json</c>).</summary>
public static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "global.json")) && Directory.Exists(Path.Combine(directory.FullName, "docs")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No repository root (global.json + docs/) above {AppContext.BaseDirectory}.");
    });

    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);
}
