using Microsoft.Playwright;
using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright's own browser download is never used), headless, with the flags
/// that keep it quiet on a closed network. Pages may only reach loopback: anything else (the Playground UI's CDN fonts
/// and animations) is aborted at once instead of waiting for a network that is not there.
/// </summary>
public static class DebianChromium
{
    private static readonly string[] Flags =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ToolPaths.Chromium,
            Headless = true,
            Args = Flags,
            Timeout = 60_000,
        });

    /// <summary>A browser context whose requests to anything but 127.0.0.1 fail immediately.</summary>
    public static async Task<IBrowserContext> NewLoopbackOnlyContextAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        await context.RouteAsync("**/*", route => new Uri(route.Request.Url).Host == "127.0.0.1" ? route.ContinueAsync() : route.AbortAsync());
        return context;
    }
}
