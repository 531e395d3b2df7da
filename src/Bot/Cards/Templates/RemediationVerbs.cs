namespace SreBot.Bot.Cards.Templates;

/// <summary>
/// The <c>Action.Execute</c> verb of an investigation card's request buttons and the keys of its data. A click is handled as
/// if the clicker had typed the command: it goes through the call path as them and yields an approval card or a refusal.
/// Data holds identifiers and numbers only.
/// </summary>
public static class RemediationVerbs
{
    public const string Request = "requestRemediation";

    /// <summary>The ARM id of the resource to act on.</summary>
    public const string ResourceIdKey = "resourceId";

    /// <summary><see cref="RestartAction"/> or <see cref="ScaleAction"/>.</summary>
    public const string ActionKey = "action";

    /// <summary>For <see cref="ScaleAction"/>: the instance count, as invariant digits.</summary>
    public const string InstanceCountKey = "instanceCount";

    /// <summary>The investigation trace whose conclusion motivated the request.</summary>
    public const string TraceIdKey = "traceId";

    public const string RestartAction = "restart";
    public const string ScaleAction = "scale";
}
