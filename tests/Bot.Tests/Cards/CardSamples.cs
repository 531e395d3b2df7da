using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Investigation;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Approvals;
using SreBot.Shared.Estate.Diagnosis;
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
            new LogHighlight(
                "System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.\n"
                + "   at Contoso.Checkout.Pricing.PriceSnapshotCache.GetOrAdd(String cartKey)\n"
                + "   at Contoso.Checkout.Pricing.PriceService.Quote(Cart cart)\n"
                + "   at Contoso.Checkout.Api.CheckoutController.Submit(CheckoutRequest request)\n"
                + "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.Execute(Object controller)\n"
                + "   at Microsoft.AspNetCore.Mvc.Infrastructure.ControllerActionInvoker.InvokeActionMethodAsync()",
                212),
            new LogHighlight("High memory usage: working set 3.05 GiB, managed heap 2.50 GiB after a gen2 collection.", 57),
        ],
        [new ChangeHighlight(Now.AddHours(-3), "Microsoft.Web/sites/write", "Succeeded", "deploy-pipeline@contoso.com")],
        ["Why this conclusion (confidence 90 %). Evidence: MemoryWorkingSet 0.9 GB → 3.1 GB (+244 %), rising steadily.", "HTTP 5xx errors rose far above their baseline (confidence 50 %)."],
        LeakVerdict);

    public static readonly InvestigationVerdict LeakVerdict = new(
        VerdictSeverity.Critical,
        "Memory is climbing steadily and the app throws OutOfMemoryException: this looks like a memory leak.",
        0.9,
        RemediationKind.Restart,
        "restart app-checkout-api because memory leak");

    public static InvestigationSummary CpuSaturation() => MemoryLeak() with
    {
        HealthState = "Available",
        HealthSummary = "The app is running normally.",
        Verdict = new InvestigationVerdict(
            VerdictSeverity.Warning,
            "CPU is saturated under more demand than usual: app-checkout-api needs more instances (restarting will not help).",
            0.8,
            RemediationKind.ScaleOut,
            "scale app-checkout-api to 4 because CPU saturation (from 2 instances)",
            4),
    };

    public static InvestigationSummary Healthy() => MemoryLeak() with
    {
        Simulated = false,
        SourceNote = "",
        HealthState = "Available",
        HealthSummary = "There aren't any known Azure platform problems affecting this web app.",
        TopErrors = [],
        RecentChanges = [],
        Findings = [],
        Verdict = new InvestigationVerdict(
            VerdictSeverity.Ok,
            "No action needed: nothing in health, metrics, errors or recent changes points to a problem SreBot should act on.",
            1,
            RemediationKind.None,
            "No action needed."),
    };

    public static InvestigationSummary BadDeployment() => MemoryLeak() with
    {
        Verdict = new InvestigationVerdict(
            VerdictSeverity.Critical,
            "Http5xx stepped up right after a change to app-checkout-api (07:32 UTC); the change is the likely cause.",
            0.85,
            RemediationKind.RollbackDeployment,
            "Roll app-checkout-api back to the release before the change at 07:32 UTC (redeploy the previous build or swap the slot back)."),
    };

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
        new InvestigationVerdict(VerdictSeverity.Critical, HostileText.For("Sentence", 3), 0.9, RemediationKind.EscalateDependency, HostileText.For("SuggestedAction", 2)));

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

    public static IReadOnlyList<CommandHelp> Commands { get; } =
    [
        new("investigate", "investigate <resource>", "Look at a resource's health, metrics, logs and recent changes.", ["reader", "operator", "approver", "admin"]),
        new("restart", "restart <resource> because <reason>", "Ask for a restart.", ["operator"]),
        new("mode privileged", "mode privileged | mode reader", "Change the access mode.", ["admin"]),
        new("mode", "mode", "Show the agent's access mode and resource groups.", []),
        new("help", "help", "Show this card.", []),
    ];
}
