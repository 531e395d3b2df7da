using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using SreBot.Shared.Audit;
using SreBot.Shared.Diagnostics;

namespace SreBot.Shared.Approvals;

/// <summary>Creates approval requests for write tool calls made in Privileged mode; the request is audited before it is stored.</summary>
public sealed class ApprovalRequester(IApprovalStore store, IAuditLog audit, TimeProvider time, IOptions<ApprovalOptions> options)
{
    public async Task<Approval> RequestAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var id = "apr_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var now = time.GetUtcNow();
        await audit.AppendAsync(
            new AuditEntry(ApprovalAuditEvents.Requested, request.RequestedBy, request.Tool, ArgumentsHash.Compute(request.Arguments), AuditDecisions.Pending, "pending", CorrelationId.Current(), id),
            cancellationToken);
        return await store.CreateAsync(id, request, ApprovalBinding.Hash(request), now, now + options.Value.Expiry, cancellationToken);
    }
}
