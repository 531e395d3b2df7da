namespace SreBot.Bot.Cards.Templates;

/// <summary>The <c>Action.Execute</c> verbs of approval cards, the one data key they carry, and the approver's comment box.</summary>
public static class ApprovalVerbs
{
    public const string Refresh = "refresh";
    public const string Approve = "approve";
    public const string Reject = "reject";

    /// <summary>The only key in an approval action's data; its value is the approval id.</summary>
    public const string ApprovalIdKey = "approvalId";

    /// <summary>The id of the approver's optional comment box (<c>Input.Text</c>); Teams adds its value to the clicked action's data.</summary>
    public const string CommentInputId = "comment";
}
