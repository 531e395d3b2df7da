using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using SreBot.Bot.Cards.Templates;
using SreBot.EndToEnd.Tests.Cards;
using Xunit.Abstractions;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// The whole on-call path in the "SRE on call" group chat, on rendered cards: the operator investigates
/// <c>app-checkout-api</c>, clicks <c>Request restart</c> on the investigation card in the Playground's UI (Chromium), the
/// approver's client gets the approver view, the approver types a comment into its comment box and clicks Approve, and
/// the card shows the outcome: executed, by whom, with the comment. The Playground's UI is the operator's; it has no
/// automatic refresh, so the approver's Teams client is played by the test: it sends the card's refresh as the approver
/// (as Teams does for the users in <c>refresh.userIds</c>), renders the answer with the Adaptive Cards reference renderer,
/// types and clicks there, and sends the clicked action, inputs merged in, as the approver's invoke. Screenshots of each
/// step go to tests/TestResults/cards/playground-*.png.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class RequestToOutcomeBrowserTests(OperatorAtTheKeyboardFixture fixture, ITestOutputHelper output) : IClassFixture<OperatorAtTheKeyboardFixture>
{
    private const string Resource = "app-checkout-api";
    private const string Comment = "Go ahead: restart during the quiet hour, I am watching the dashboards.";
    private const float UiTimeoutMs = 30_000;

    [Fact]
    public async Task Investigate_RequestRestartOnTheCard_ApproveWithAComment_TheCardShowsTheOutcome()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var token = timeout.Token;
        var client = fixture.Client;
        var chat = client.Config.GroupChatId;
        var approver = PlaygroundPeople.Approver;
        await fixture.Admin.SetModeAsync("Privileged", token);
        await fixture.Admin.SetRolesAsync(approver, ["approver"], token);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await DebianChromium.LaunchAsync(playwright);
        await using var context = await DebianChromium.NewLoopbackOnlyContextAsync(browser);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(UiTimeoutMs);
        await using var approversClient = await CardRenderer.StartAsync(token);
        var mark = client.Mark();
        string approvalId;
        try
        {
            await page.GotoAsync(fixture.Playground.BaseAddress.ToString());
            await page.GetByRole(AriaRole.Treeitem, new() { Name = "SRE on call" }).ClickAsync();

            // The operator asks (as typed in the compose box, with the @mention a group chat needs).
            await client.SendMessageAsync(chat, $"investigate {Resource}", mentionBot: true, token);
            var investigation = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = Resource })
                .Filter(new() { Has = page.GetByRole(AriaRole.Button, new() { Name = "Request restart" }) });
            var request = investigation.GetByRole(AriaRole.Button, new() { Name = "Request restart", Exact = true });
            await request.WaitForAsync();
            await investigation.ScreenshotAsync(new() { Path = CardGalleryFiles.Screenshot("playground-1-investigation") });

            // The operator clicks the real button: the same as typing the restart, as the operator, so a pending approval.
            var requested = client.Mark();
            await request.ClickAsync();
            var approvalMessage = await client.WaitForBotMessageAsync(
                chat, requested, m => m.AdaptiveCards.Any(c => c["refresh"]?["action"]?["data"]?["approvalId"] is not null), "the approval card", token);
            approvalId = ApprovalCardJson.ApprovalId(approvalMessage.AdaptiveCards[0]);
            var approvalCard = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = "Pending" }).Last;
            await Assertions.Expect(approvalCard).ToContainTextAsync(Resource, new() { Timeout = UiTimeoutMs });
            await approvalCard.ScreenshotAsync(new() { Path = CardGalleryFiles.Screenshot("playground-2-approval") });
            var pending = await fixture.Admin.GetApprovalAsync(approvalId, token);
            Assert.Equal("Pending", pending.GetProperty("status").GetString());
            Assert.Equal(PlaygroundPeople.Operator.SreBotUserId, pending.GetProperty("requestedBy").GetString());

            // The approver's client refreshes the card: the approver view, with the comment box and Approve/Reject.
            var view = await client.ExecuteCardActionAsync(
                chat, approver, approvalMessage.MessageId, ApprovalVerbs.Refresh, new JsonObject { [ApprovalVerbs.ApprovalIdKey] = approvalId }, token);
            Assert.True(view.IsCard, $"{view}\n{fixture.Describe(mark)}");
            var rendered = await approversClient.RenderAsync("approver view", view.Value!.ToJsonString());
            Assert.Empty(rendered.Problems);
            await approversClient.Card.Locator($"input#{ApprovalVerbs.CommentInputId}, textarea#{ApprovalVerbs.CommentInputId}, [id='{ApprovalVerbs.CommentInputId}'] input, [id='{ApprovalVerbs.CommentInputId}'] textarea")
                .First.FillAsync(Comment);
            await approversClient.ScreenshotAsync(CardGalleryFiles.Screenshot("playground-3-approver-view"));
            await approversClient.Card.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();
            var clicked = Assert.Single(await approversClient.ExecutedActionsAsync());
            Assert.Equal(ApprovalVerbs.Approve, clicked.GetProperty("verb").GetString());
            Assert.Equal(Comment, clicked.GetProperty("data").GetProperty(ApprovalVerbs.CommentInputId).GetString());

            // Teams sends the click as the approver; the answer is the decided card, and the group chat's copy is updated.
            var decided = await client.ExecuteCardActionAsync(
                chat, approver, approvalMessage.MessageId, ApprovalVerbs.Approve, (JsonObject)JsonNode.Parse(clicked.GetProperty("data").GetRawText())!, token);
            Assert.True(decided.IsCard, $"{decided}\n{fixture.Describe(mark)}");
            await approversClient.RenderAsync("outcome", decided.Value!.ToJsonString());
            await approversClient.ScreenshotAsync(CardGalleryFiles.Screenshot("playground-4-outcome-approver"));
            Assert.Contains(Comment, decided.ReadableText, StringComparison.Ordinal);

            var outcome = page.Locator(".ac-adaptiveCard").Filter(new() { HasText = Comment });
            await Assertions.Expect(outcome).ToContainTextAsync(Resource, new() { Timeout = UiTimeoutMs });
            await Assertions.Expect(outcome.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true })).ToHaveCountAsync(0, new() { Timeout = UiTimeoutMs });
            await outcome.ScreenshotAsync(new() { Path = CardGalleryFiles.Screenshot("playground-4-outcome") });
            var shown = await outcome.InnerTextAsync();
            Assert.True(
                shown.Contains(approver.Name, StringComparison.Ordinal) || shown.Contains(approver.SreBotUserId, StringComparison.Ordinal),
                $"the outcome card should say who decided ({approver.Name}):\n{shown}");
            Assert.Contains("xecuted", shown, StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception)
        {
            var screenshot = await FailureScreenshot.SaveAsync(page, nameof(Investigate_RequestRestartOnTheCard_ApproveWithAComment_TheCardShowsTheOutcome));
            output.WriteLine($"Screenshot: {screenshot}\n{fixture.Describe(mark)}");
            throw;
        }

        var approval = await fixture.Admin.GetApprovalAsync(approvalId, token);
        Assert.Equal("Executed", approval.GetProperty("status").GetString());
        Assert.Equal(approver.SreBotUserId, approval.GetProperty("decidedBy").GetString());
        Assert.Equal(Comment, approval.GetProperty("decisionComment").GetString());
    }
}
