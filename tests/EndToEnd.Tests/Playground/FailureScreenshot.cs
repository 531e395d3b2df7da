using Microsoft.Playwright;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>Full-page screenshots of failed browser tests, in tests/TestResults (kept out of git).</summary>
public static class FailureScreenshot
{
    /// <returns>The screenshot's path, or why there is none.</returns>
    public static async Task<string> SaveAsync(IPage page, string testName)
    {
        var directory = Path.Combine(ToolPaths.RepositoryRoot, "tests", "TestResults");
        var path = Path.Combine(directory, $"{testName}-{DateTime.UtcNow:yyyyMMddTHHmmss}.png");
        try
        {
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true, Timeout = 15_000 });
            return path;
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or IOException)
        {
            return $"(no screenshot: {e.Message})";
        }
    }
}
