using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// SreBot in the Playground's web UI, rendered by Debian's Chromium: the approver types in the compose box, gets the
/// pending approval as an Adaptive Card with Approve and Reject, clicks Approve, and the card turns into the outcome.
/// (The Playground has no automatic card refresh, so the approver's buttons come from the <c>approvals</c> command.)
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundBrowserTests(ApproverAtTheKeyboardFixture fixture, ITestOutputHelper output) : IClassFixture<ApproverAtTheKeyboardFixture>
{
    private const string CheckoutApi = "/subscriptions/11111111-1111-1111-1111-111111111111/resourceGroups/rg-shop-prod/providers/Microsoft.Web/sites/app-checkout-api";
    private const float UiTimeoutMs = 30_000;

    [Fact]
    public async Task Approve_ClickedOnTheRenderedCard_RunsTheRestart_AndTheCardShowsItDone()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var approver = fixture.Client.Config.CurrentUser;
        await fixture.Admin.SetModeAsync("Privileged", timeout.Token);
        await fixture.Admin.SetRolesAsync(approver, ["approver"], timeout.Token);
        var approvalId = await McpRestartRequest.SendAsync(fixture.Bot, CheckoutApi, "memory leak", timeout.Token);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        await using var context = await DebianChromium.NewLoopbackOnlyContextAsync(browser);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(UiTimeoutMs);
        try
        {
            await page.GotoAsync(fixture.Playground.BaseAddress.ToString());
            await page.GetByRole(AriaRole.Treeitem, new() { Name = "Personal Chat" }).ClickAsync();
            var compose = page.GetByRole(AriaRole.Textbox);
            await compose.ClickAsync();
            await compose.PressSequentiallyAsync("approvals");
            await page.GetByRole(AriaRole.Button, new() { Name = "Send Message" }).ClickAsync();

            var card = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = approvalId });
            var approve = card.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true });
            await approve.WaitForAsync();
            await Assertions.Expect(card).ToContainTextAsync("Pending", new() { Timeout = UiTimeoutMs });
            await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Reject", Exact = true })).ToBeVisibleAsync(new() { Timeout = UiTimeoutMs });

            await approve.ClickAsync();

            await Assertions.Expect(card).ToContainTextAsync("Approved; the action ran.", new() { Timeout = UiTimeoutMs });
            await Assertions.Expect(card).ToContainTextAsync("Done", new() { Timeout = UiTimeoutMs });
            await Assertions.Expect(card.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true })).ToHaveCountAsync(0, new() { Timeout = UiTimeoutMs });
        }
        catch (Exception)
        {
            var screenshot = await FailureScreenshot.SaveAsync(page, nameof(Approve_ClickedOnTheRenderedCard_RunsTheRestart_AndTheCardShowsItDone));
            output.WriteLine($"Screenshot: {screenshot}\n{fixture.Describe()}");
            throw;
        }

        var approval = await fixture.Admin.GetApprovalAsync(approvalId, timeout.Token);
        Assert.Equal("Executed", approval.GetProperty("status").GetString());
        Assert.Equal(approver.SreBotUserId, approval.GetProperty("decidedBy").GetString());
    }
}
