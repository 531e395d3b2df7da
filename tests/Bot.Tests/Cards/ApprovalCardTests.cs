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
        var card = ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Pending), CardSamples.Approvers, CardSamples.Now).ToJsonObject();

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

        Assert.Null(ApprovalCard.Base(approval, CardSamples.Approvers, CardSamples.Now).ToJsonObject()["refresh"]);
        var approverView = ApprovalCard.ForApprover(approval, CardSamples.Now, CardSamples.Approvers).ToJsonObject();
        Assert.Null(approverView["refresh"]);
        Assert.Null(approverView["actions"]);
    }

    [Fact]
    public void ApproverView_HasApproveAndReject_WithOnlyTheApprovalId()
    {
        var card = ApprovalCard.ForApprover(CardSamples.Approval(ApprovalStatus.Pending), CardSamples.Now).ToJsonObject();

        var actions = Assert.Single(CardJsonWalker.ObjectsOfType(card, "ActionSet"))["actions"]!.AsArray();
        Assert.Equal(["approve", "reject"], actions.Select(a => (string?)a!["verb"]));
        Assert.All(actions, a => Assert.Equal("Action.Execute", (string?)a!["type"]));
        Assert.All(actions, a => AssertDataIsOnlyTheApprovalId(a!));
        Assert.Equal(["positive", "destructive"], actions.Select(a => (string?)a!["style"]));
    }

    [Fact]
    public void ApproverView_KeepsTheRefresh_WhenGivenTheApprovers()
    {
        var card = ApprovalCard.ForApprover(CardSamples.Approval(ApprovalStatus.Pending), CardSamples.Now, CardSamples.Approvers).ToJsonObject();

        Assert.Equal(CardSamples.Approvers, card["refresh"]!["userIds"]!.AsArray().Select(id => (string?)id));
    }

    [Fact]
    public void Arguments_AreShownToApprovers_NeverPutInActionData()
    {
        var approval = CardSamples.Approval(ApprovalStatus.Pending);
        var card = ApprovalCard.ForApprover(approval, CardSamples.Now, CardSamples.Approvers).ToJsonObject();

        var dataStrings = CardJsonWalker.Strings(card).Where(s => s.Path.Contains(".data.", StringComparison.Ordinal)).ToList();
        Assert.All(dataStrings, s => Assert.Equal(ApprovalId, s.Value));
        Assert.Contains(CardJsonWalker.Strings(card), s => s.IsDisplayText && s.Value.Contains("resourceId", StringComparison.Ordinal));
    }

    [Fact]
    public void BaseView_ShowsTheActionInWords_TargetReasonRequester_AndTheCountdownFromNow()
    {
        var texts = CardJsonWalker.DisplayTexts(ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Pending), CardSamples.Approvers, CardSamples.Now.AddMinutes(16)).ToJsonObject());

        Assert.Equal("Restart app-checkout-api", texts[0]);
        Assert.Contains("Pending", texts);
        Assert.Contains("Expires in 14 min (11:02 UTC)", texts);
        Assert.Contains("app-checkout-api in rg-shop-prod", texts);
        Assert.Contains("Memory leak: working set at 3.1 GB and rising; a restart frees it.", texts);
        Assert.Contains("oscar@contoso.com, 16 min ago", texts);
        Assert.Contains("2026-05-01 10:32 UTC", texts);
        Assert.Contains(texts, t => t.StartsWith("/subscriptions/", StringComparison.Ordinal));
        Assert.Contains("apr_0123456789abcdef0123456789abcdef", texts);
        Assert.DoesNotContain(texts, t => t.Contains("resourceId", StringComparison.Ordinal));
    }

    [Fact]
    public void Countdown_FollowsNow_AndSaysWhenItLapsed()
    {
        var approval = CardSamples.Approval(ApprovalStatus.Pending);

        Assert.Contains("Expires in 30 min (11:02 UTC)", CardJsonWalker.DisplayTexts(ApprovalCard.Base(approval, [], CardSamples.Now).ToJsonObject()));
        Assert.Contains("Expires in under a minute (11:02 UTC)", CardJsonWalker.DisplayTexts(ApprovalCard.Base(approval, [], CardSamples.Now.AddMinutes(29.5)).ToJsonObject()));
        Assert.Contains("Expired 5 min ago (2026-05-01 11:02 UTC)", CardJsonWalker.DisplayTexts(ApprovalCard.Base(approval, [], CardSamples.Now.AddMinutes(35)).ToJsonObject()));
    }

    [Fact]
    public void Scale_IsShownInWords_WithTheInstanceCount()
    {
        var approval = CardSamples.Approval(ApprovalStatus.Pending) with { Tool = "resource_scale", Arguments = """{"instanceCount":4,"reason":"cpu"}""" };

        Assert.Equal("Scale app-checkout-api to 4 instances", ApprovalCard.ActionInWords(approval));
        Assert.Equal("Scale app-checkout-api to 1 instance", ApprovalCard.ActionInWords(approval with { Arguments = """{"instanceCount":1}""" }));
    }

    [Fact]
    public void Motivation_IsShown_AsLiteralText_OnlyWhenThereIsOne()
    {
        var motivation = "Memory working set rose from 0.9 GB to 3.1 GB (confidence 90 %) *not bold*";
        var card = ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Pending) with { Motivation = motivation }, [], CardSamples.Now).ToJsonObject();

        Assert.Contains(CardJsonWalker.Strings(card), s => s.IsTextRun && s.Value == motivation);
        Assert.Contains("What SreBot found: ", CardJsonWalker.DisplayTexts(card));
        Assert.DoesNotContain("What SreBot found: ", CardJsonWalker.DisplayTexts(ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Pending), [], CardSamples.Now).ToJsonObject()));
    }

    [Fact]
    public void ApproverView_HasTheCommentBox_WithTheWorkflowsLimit_OnlyWhilePending()
    {
        var pending = ApprovalCard.ForApprover(CardSamples.Approval(ApprovalStatus.Pending), CardSamples.Now).ToJsonObject();

        var box = Assert.Single(CardJsonWalker.ObjectsOfType(pending, "Input.Text"));
        Assert.Equal(ApprovalVerbs.CommentInputId, (string?)box["id"]);
        Assert.Equal(ApprovalWorkflow.MaxCommentLength, (int?)box["maxLength"]);
        Assert.Empty(CardJsonWalker.ObjectsOfType(ApprovalCard.ForApprover(CardSamples.Approval(ApprovalStatus.Executed), CardSamples.Now).ToJsonObject(), "Input.Text"));
        Assert.Empty(CardJsonWalker.ObjectsOfType(ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Pending), [], CardSamples.Now).ToJsonObject(), "Input.Text"));
    }

    [Fact]
    public void Expired_ShowsExpired()
    {
        var texts = CardJsonWalker.DisplayTexts(ApprovalCard.Base(CardSamples.Approval(ApprovalStatus.Expired), CardSamples.Approvers, CardSamples.Now).ToJsonObject());

        Assert.Contains("Expired", texts);
        Assert.Contains(texts, t => t.Contains("expired without a decision", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(ApprovalStatus.Executed, "Outcome: executed")]
    [InlineData(ApprovalStatus.Failed, "Outcome: failed")]
    [InlineData(ApprovalStatus.Interrupted, "Outcome: interrupted")]
    [InlineData(ApprovalStatus.Rejected, "Outcome: rejected, not run")]
    [InlineData(ApprovalStatus.Expired, "Outcome: expired, not run")]
    [InlineData(ApprovalStatus.Cancelled, "Outcome: cancelled, not run")]
    public void EveryFinalStatus_ShowsItsOutcome(ApprovalStatus status, string outcome)
    {
        Assert.Contains(outcome, CardJsonWalker.DisplayTexts(ApprovalCard.Base(CardSamples.Approval(status), [], CardSamples.Now).ToJsonObject()));
    }

    [Theory]
    [InlineData(ApprovalStatus.Executed, "Go ahead.", "Restarted app-checkout-api.")]
    [InlineData(ApprovalStatus.Rejected, "Not during the sale.", null)]
    [InlineData(ApprovalStatus.Failed, "Go ahead.", "Restart failed: the site is stopped.")]
    public void Decision_ShowsWhoWhenHowLongAgo_TheComment_AndTheResult(ApprovalStatus status, string comment, string? result)
    {
        var texts = CardJsonWalker.DisplayTexts(ApprovalCard.Base(CardSamples.Approval(status), CardSamples.Approvers, CardSamples.Now.AddMinutes(8)).ToJsonObject());

        Assert.Contains("megan@contoso.com", texts);
        Assert.Contains("3 min ago (2026-05-01 10:37 UTC)", texts);
        Assert.Contains(comment, texts);
        if (result is not null)
        {
            Assert.Contains(result, texts);
        }
    }

    [Fact]
    public void Cancelled_ShowsWhoCancelledAndWhy()
    {
        var approval = CardSamples.Approval(ApprovalStatus.Cancelled) with
        {
            History = [new ApprovalEvent(CardSamples.Now.AddMinutes(2), "cancelled", "ada@contoso.com", "The agent was switched to Reader mode.")],
        };

        var texts = CardJsonWalker.DisplayTexts(ApprovalCard.Base(approval, [], CardSamples.Now.AddMinutes(4)).ToJsonObject());

        Assert.Contains("ada@contoso.com", texts);
        Assert.Contains("2 min ago (2026-05-01 10:34 UTC)", texts);
        Assert.Contains("The agent was switched to Reader mode.", texts);
    }

    [Theory]
    [MemberData(nameof(AllStatuses))]
    public void UntrustedFields_AreNeverMarkdown(ApprovalStatus status)
    {
        foreach (var card in new[] { ApprovalCard.Base(CardSamples.HostileApproval(status), [], CardSamples.Now), ApprovalCard.ForApprover(CardSamples.HostileApproval(status), CardSamples.Now) })
        {
            var json = card.ToJsonObject();
            Assert.DoesNotContain(CardJsonWalker.Strings(json), s => s.IsMarkdown && s.Value.Contains(HostileText.Marker, StringComparison.Ordinal));
            Assert.Contains(CardJsonWalker.Strings(json), s => s.IsTextRun && s.Value.Contains(HostileText.Marker, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Message_IsAOneLineCard()
    {
        var card = ApprovalCard.Message("This approval no longer exists.").ToJsonObject();

        Assert.Equal("RichTextBlock", (string?)card["body"]![0]!["type"]);
        Assert.Equal("This approval no longer exists.", (string?)card["body"]![0]!["inlines"]![0]!["text"]);
    }

    private static void AssertDataIsOnlyTheApprovalId(JsonNode action) =>
        Assert.Equal($$"""{"approvalId":"{{ApprovalId}}"}""", action["data"]!.ToJsonString());
}
