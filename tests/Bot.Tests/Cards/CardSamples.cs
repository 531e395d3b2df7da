using SreBot.Bot.Investigation;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;
using SreBot.Shared.Policy;
using SreBot.Shared.Scope;

namespace SreBot.Bot.Tests.Cards;

/// <summary>Realistic card inputs, and the same with every string field made hostile.</summary>
public static class CardSamples
{
    public static readonly DateTimeOffset Now = new(2026, 5, 1, 10, 32, 0, TimeSpan.Zero);
    public static readonly IReadOnlyList<string> Approvers = ["29:1approver-megan", "29:1approver-nestor"];

    public static InvestigationSummary MemoryLeak() => new(
        "app-checkout-api",
        SandboxIds.CheckoutApi,
        "Microsoft.Web/sites",
        Simulated: true,
        "Simulated estate: scenario checkout-memory-leak.",
        "Degraded",
        "Memory keeps growing and requests fail with HTTP 500.",
        [
            new MetricHighlight("MemoryWorkingSet", "Bytes", 0.9 * 1024 * 1024 * 1024, 3.1 * 1024 * 1024 * 1024, 3.2 * 1024 * 1024 * 1024),
            new MetricHighlight("HttpResponseTime", "Seconds", 0.045, 0.245, 1.3),
            new MetricHighlight("Http5xx", "Count", 0, 212, 240),
            new MetricHighlight("CpuTime", "Seconds", 12, 31.5, 40),
        ],
        [
            new LogHighlight("System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.", 212),
            new LogHighlight("High memory usage: working set 3.05 GiB, managed heap 2.50 GiB after a gen2 collection.", 57),
        ],
        [new ChangeHighlight(Now.AddHours(-3), "Microsoft.Web/sites/write", "Succeeded", "deploy-pipeline@contoso.com")],
        ["Memory working set rose from 0.9 GB to 3.1 GB in the last hour.", "HTTP 5xx errors started when memory passed 3 GB."],
        "restart app-checkout-api");

    public static InvestigationSummary HostileInvestigation() => new(
        HostileText.For("ResourceName", 0),
        HostileText.For("ResourceId", 1),
        HostileText.For("ResourceType", 2),
        Simulated: true,
        HostileText.For("SourceNote", 3),
        HostileText.For("HealthState", 4),
        HostileText.For("HealthSummary", 5),
        [new MetricHighlight(HostileText.For("MetricName", 6), HostileText.For("Unit", 7), 1, 2, 3)],
        [new LogHighlight(HostileText.For("LogMessage", 8), 3)],
        [new ChangeHighlight(Now, HostileText.For("Operation", 9), HostileText.For("Status", 10), HostileText.For("Caller", 11))],
        [HostileText.For("Finding", 0), HostileText.For("Finding", 1)],
        HostileText.For("SuggestedAction", 2));

    public static Approval Approval(ApprovalStatus status)
    {
        var decided = status is not (ApprovalStatus.Pending or ApprovalStatus.Expired or ApprovalStatus.Cancelled);
        return new Approval(
            "apr_0123456789abcdef0123456789abcdef",
            "resource_restart",
            $$"""{"resourceId":"{{SandboxIds.CheckoutApi}}"}""",
            SandboxIds.CheckoutApi,
            "Memory leak: working set at 3.1 GB and rising; a restart frees it.",
            "oscar@contoso.com",
            ["operator"],
            "binding-hash",
            Now,
            Now.AddMinutes(30),
            status,
            decided ? "megan@contoso.com" : null,
            decided ? Now.AddMinutes(5) : null,
            status == ApprovalStatus.Rejected ? "Not during the sale." : decided ? "Go ahead." : null,
            status switch
            {
                ApprovalStatus.Executed => "Restarted app-checkout-api.",
                ApprovalStatus.Failed => "Restart failed: the site is stopped.",
                _ => null,
            },
            []);
    }

    public static Approval HostileApproval(ApprovalStatus status) => Approval(status) with
    {
        Tool = HostileText.For("Tool", 0),
        Arguments = HostileText.For("Arguments", 3),
        TargetResourceId = HostileText.For("TargetResourceId", 1),
        Reason = HostileText.For("Reason", 2),
        RequestedBy = HostileText.For("RequestedBy", 4),
        DecidedBy = HostileText.For("DecidedBy", 5),
        DecidedAt = Now,
        DecisionComment = HostileText.For("DecisionComment", 6),
        Result = HostileText.For("Result", 7),
        Motivation = HostileText.For("Motivation", 8),
        History = [new ApprovalEvent(Now, "cancelled", HostileText.For("CancelledBy", 9), HostileText.For("CancelReason", 10))],
    };

    public static AgentState Agent(AccessMode mode) => new(
        mode,
        "ada@contoso.com",
        Now,
        [ResourceId.Parse(SandboxIds.ShopProd), ResourceId.ForResourceGroup(SandboxIds.Subscription, "rg-shop-staging")]);

    public static AgentState HostileAgent() => new(AccessMode.Privileged, HostileText.For("ModeChangedBy", 0), Now, []);

    public static IReadOnlyList<(string Command, string Description)> Commands { get; } =
    [
        ("investigate <resource>", "Look at a resource's health, metrics, logs and recent changes."),
        ("mode", "Show the agent's access mode and resource groups."),
        ("help", "Show this card."),
    ];
}
