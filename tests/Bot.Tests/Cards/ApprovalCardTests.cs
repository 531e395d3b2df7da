using System.Text.Json.Nodes;
using SreBot.Bot.Cards.Templates;
using SreBot.Shared.Approvals;

namespace SreBot.Bot.Tests.Cards;

public sealed class ApprovalCardTests
{
    private const string ApprovalId = "apr_0123456789abcdef0123456789abcdef";

    public static TheoryData<ApprovalStatus> AllStatuses => new(Enum.GetValues<ApprovalStatus>());

    public static TheoryData<ApprovalStatus> FinalStatuses => new(Enum.GetValues<ApprovalStatus>().Where(s => s != ApprovalStatus.Pending));

    [Fact]
    public void PendingBase_RefreshesForTheApprovers_WithVerbRefresh_AndOnlyTheApprovalId()
    {
        var card = ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Pending), CardSamples.Approvers).ToJsonObject();

        var refresh = card["refresh"]!;
        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal("refresh", (string?)refresh["action"]!["verb"]);
        AssertDataIsOnlyTheApprovalId(refresh["action"]!);
        Assert.Equal(CardSamples.Approvers, refresh["userIds"]!.AsArray().Select(id => (string?)id));
        Assert.Null(card["actions"]);
    }

    [Theory]
    [MemberData(nameof(FinalStatuses))]
    public void FinalStatus_HasNoRefresh_AndNoButtons(ApprovalStatus status)
    {
        var approval = CardSamples.Approval(status);

        Assert.Null(ApprovalCard.Base(approval, CardSamples.Approvers).ToJsonObject()["refresh"]);
        var approverView = ApprovalCard.ForApprover(approval, CardSamples.Approvers).ToJsonObject();
        Assert.Null(approverView["refresh"]);
        Assert.Null(approverView["actions"]);
    }

    [Fact]
    public void ApproverView_HasApproveAndReject_WithOnlyTheApprovalId()
    {
        var card = ApprovalCard.ForApprover(CardSamples.Approval(ApprovalStatus.Pending)).ToJsonObject();

        var actions = card["actions"]!.AsArray();
        Assert.Equal(["approve", "reject"], actions.Select(a => (string?)a!["verb"]));
        Assert.All(actions, a => Assert.Equal("Action.Execute", (string?)a!["type"]));
        Assert.All(actions, a => AssertDataIsOnlyTheApprovalId(a!));
        Assert.Equal(["positive", "destructive"], actions.Select(a => (string?)a!["style"]));
    }

    [Fact]
    public void ApproverView_KeepsTheRefresh_WhenGivenTheApprovers()
    {
        var card = ApprovalCard.ForApprover(CardSamples.Approval(ApprovalStatus.Pending), CardSamples.Approvers).ToJsonObject();

        Assert.Equal(CardSamples.Approvers, card["refresh"]!["userIds"]!.AsArray().Select(id => (string?)id));
    }

    [Fact]
    public void Arguments_AreShownToApprovers_NeverPutInActionData()
    {
        var approval = CardSamples.Approval(ApprovalStatus.Pending);
        var card = ApprovalCard.ForApprover(approval, CardSamples.Approvers).ToJsonObject();

        var dataStrings = CardJsonWalker.Strings(card).Where(s => s.Path.Contains(".data.", StringComparison.Ordinal)).ToList();
        Assert.All(dataStrings, s => Assert.Equal(ApprovalId, s.Value));
        Assert.Contains(CardJsonWalker.Strings(card), s => s.IsDisplayText && s.Value.Contains("resourceId", StringComparison.Ordinal));
    }

    [Fact]
    public void BaseView_ShowsActionTargetReasonRequesterTimesAndStatus()
    {
        var texts = CardJsonWalker.DisplayTexts(ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Pending), CardSamples.Approvers).ToJsonObject());

        Assert.Contains("webapp\\_restart", texts);
        Assert.Contains("app-checkout-api", texts);
        Assert.Contains(texts, t => t.StartsWith("/subscriptions/", StringComparison.Ordinal));
        Assert.Contains("oscar@contoso.com", texts);
        Assert.Contains("2026-05-01 10:32 UTC", texts);
        Assert.Contains("2026-05-01 11:02 UTC", texts);
        Assert.Contains("Pending", texts);
        Assert.DoesNotContain(texts, t => t.Contains("resourceId", StringComparison.Ordinal));
    }

    [Fact]
    public void Expired_ShowsExpired()
    {
        var texts = CardJsonWalker.DisplayTexts(ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Expired), CardSamples.Approvers).ToJsonObject());

        Assert.Contains("Expired", texts);
        Assert.Contains(texts, t => t.Contains("expired without a decision", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ApprovalStatus.Executed, "Go ahead.", "Restarted app-checkout-api.")]
    [InlineData(ApprovalStatus.Rejected, "Not during the sale.", null)]
    [InlineData(ApprovalStatus.Failed, "Go ahead.", "Restart failed: the site is stopped.")]
    public void Decision_AndResult_AreShown(ApprovalStatus status, string comment, string? result)
    {
        var texts = CardJsonWalker.DisplayTexts(ApprovalCard.Base(CardSamples.Approval(status), CardSamples.Approvers).ToJsonObject());

        Assert.Contains("megan@contoso.com", texts);
        Assert.Contains("2026-05-01 10:37 UTC", texts);
        Assert.Contains(comment, texts);
        if (result is not null)
        {
            Assert.Contains(result, texts);
        }
    }

    [Fact]
    public void Message_IsAOneLineCard()
    {
        var card = ApprovalCard.Message("This approval no longer exists.").ToJsonObject();

        Assert.Equal("This approval no longer exists.", (string?)card["body"]![0]!["text"]);
    }

    private static void AssertDataIsOnlyTheApprovalId(JsonNode action) =>
        Assert.Equal($$"""{"approvalId":"{{ApprovalId}}"}""", action["data"]!.ToJsonString());
}
