using Microsoft.Extensions.Options;
using SreBot.Shared.Scheduling;

namespace SreBot.Shared.Approvals;

/// <summary>Expires overdue approvals every <c>Approvals:SweepInterval</c>. Safe with several replicas, so it takes no lease.</summary>
internal sealed class ApprovalExpiryJob(ApprovalWorkflow workflow, IOptions<ApprovalOptions> options) : IScheduledJob
{
    public string Name => "approval-expiry";

    public TimeSpan Interval => options.Value.SweepInterval;

    public string? LeaseName => null;

    public Task RunAsync(CancellationToken cancellationToken) => workflow.SweepAsync(cancellationToken);
}
