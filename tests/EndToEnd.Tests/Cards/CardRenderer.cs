using System.Text.Json;
using Microsoft.Playwright;
using SreBot.EndToEnd.Tests.Playground;

namespace SreBot.EndToEnd.Tests.Cards;

/// <summary>
/// The Adaptive Cards reference renderer (npm adaptivecards) in Debian's Chromium, driven by Playwright: one page at
/// phone width (<see cref="PhoneWidth"/>), the library, its stylesheet and <c>tests/tools/card-gallery/render-card.js</c>
/// injected (the page loads nothing; its context may only reach loopback), the Teams-like host config of
/// <c>teams-host-config.json</c>. Cards are rendered one after the other into the same page.
/// </summary>
public sealed class CardRenderer : IAsyncDisposable
{
    /// <summary>A phone's width in CSS pixels; also the height that must show the card's verdict and actions without scrolling.</summary>
    public const int PhoneWidth = 400;

    private static readonly string Page = $$"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><style>
        body { margin: 0; background: #f0f0f0; }
        #card { width: {{PhoneWidth}}px; background: #ffffff; }
        </style></head><body><div id="card"></div></body></html>
        """;

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly IBrowserContext context;
    private readonly string hostConfig;
    private readonly List<string> browserErrors = [];

    private CardRenderer(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page, string hostConfig)
    {
        this.playwright = playwright;
        this.browser = browser;
        this.context = context;
        this.hostConfig = hostConfig;
        PageInUse = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (browserErrors)
                {
                    browserErrors.Add($"console error: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (browserErrors)
            {
                browserErrors.Add($"page error: {error}");
            }
        };
    }

    /// <summary>The page the cards are rendered in (for clicking and typing in a rendered card).</summary>
    public IPage PageInUse { get; }

    /// <summary>The rendered card's root in the page.</summary>
    public ILocator Card => PageInUse.Locator("#card");

    public static async Task<CardRenderer> StartAsync(CancellationToken cancellationToken)
    {
        var library = CardGalleryFiles.RendererLibrary;
        var script = CardGalleryFiles.RenderScript;
        var hostConfig = await File.ReadAllTextAsync(CardGalleryFiles.TeamsHostConfig, cancellationToken);
        var playwright = await Playwright.CreateAsync();
        IBrowser? browser = null;
        try
        {
            browser = await DebianChromium.LaunchAsync(playwright);
            var context = await DebianChromium.NewLoopbackOnlyContextAsync(browser);
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(30_000);
            await page.SetViewportSizeAsync(PhoneWidth, 2 * PhoneWidth);
            await page.SetContentAsync(Page);
            await page.AddStyleTagAsync(new PageAddStyleTagOptions { Path = CardGalleryFiles.RendererStyles });
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = library });
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = script });
            return new CardRenderer(playwright, browser, context, page, hostConfig);
        }
        catch
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Renders <paramref name="cardJson"/> in place of the previous card and measures it.</summary>
    public async Task<RenderedCard> RenderAsync(string name, string cardJson)
    {
        lock (browserErrors)
        {
            browserErrors.Clear();
        }

        await PageInUse.EvaluateAsync("() => { window.srebotExecuted = []; }");
        var result = await PageInUse.EvaluateAsync<JsonElement>(
            "([card, hostConfig]) => window.srebotRenderCard(JSON.parse(card), JSON.parse(hostConfig))", new[] { cardJson, hostConfig });
        var problems = result.GetProperty("problems").EnumerateArray().Select(p => p.GetString() ?? "").ToList();
        return await MeasureAsync(name, problems);
    }

    /// <summary>Measures the card as it is now (after a click revealed or hid parts, say).</summary>
    public async Task<RenderedCard> MeasureAsync(string name, IReadOnlyList<string>? problems = null)
    {
        var box = await Card.BoundingBoxAsync() ?? throw new InvalidOperationException($"{name}: the card has no box.");
        var text = await Card.EvaluateAsync<string>("e => e.textContent ?? ''");
        List<RenderedBox> buttons = [];
        // Action.OpenUrl renders with the link role, the other actions with the button role.
        foreach (var button in (await Card.GetByRole(AriaRole.Button).AllAsync()).Concat(await Card.GetByRole(AriaRole.Link).AllAsync()))
        {
            if (await button.IsVisibleAsync() && await button.BoundingBoxAsync() is { } b)
            {
                var label = (await button.InnerTextAsync()).Trim();
                buttons.Add(new RenderedBox(label.Length > 0 ? label : await button.GetAttributeAsync("aria-label") ?? "", b.Y - box.Y, b.Y + b.Height - box.Y));
            }
        }

        List<string> all = [.. problems ?? []];
        lock (browserErrors)
        {
            all.AddRange(browserErrors);
        }

        return new RenderedCard(name, all, text, box.Height, buttons);
    }

    /// <summary>The first visible element of the card whose text contains <paramref name="text"/>, or null.</summary>
    public async Task<RenderedBox?> FindTextAsync(string text)
    {
        var card = await Card.BoundingBoxAsync();
        var found = Card.GetByText(text).First;
        if (card is null || await found.CountAsync() == 0 || !await found.IsVisibleAsync() || await found.BoundingBoxAsync() is not { } b)
        {
            return null;
        }

        return new RenderedBox(text, b.Y - card.Y, b.Y + b.Height - card.Y);
    }

    /// <summary>The actions the rendered card executed since it was rendered (Action.Execute with its data, inputs merged in).</summary>
    public async Task<IReadOnlyList<JsonElement>> ExecutedActionsAsync()
        => [.. (await PageInUse.EvaluateAsync<JsonElement>("() => window.srebotExecuted")).EnumerateArray()];

    /// <summary>A screenshot of the whole card (taller than the viewport if need be).</summary>
    public Task ScreenshotAsync(string path) => Card.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });

    public async ValueTask DisposeAsync()
    {
        await context.DisposeAsync();
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
