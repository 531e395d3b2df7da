namespace SreBot.Shared.Policy;

public enum PolicyOutcome
{
    Allow,
    RequireApproval,
    Deny,
}
