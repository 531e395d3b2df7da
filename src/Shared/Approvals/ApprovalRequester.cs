using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SreBot.Shared.Audit;
using SreBot.Shared.Redaction;
using SreBot.Shared.Serialization;

namespace SreBot.Shared.Approvals;

/// <summary>
/// Creates approval requests for write tool calls made in Privileged mode; the request is audited before it is stored.
/// The reason and the arguments come from a client, so they are redacted here, once, before they are bound, audited,
/// stored or carded: the stored arguments (the reason among them) are the redacted ones, and they are what runs.
/// </summary>
public sealed class ApprovalRequester(IApprovalStore store, IAuditLog audit, TimeProvider time, IOptions<ApprovalOptions> options)
{
    public async Task<Approval> RequestAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        request = Redacted(request);
        var id = "apr_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var now = time.GetUtcNow();
        await audit.RecordAsync(ApprovalAuditEvents.Requested, request.RequestedBy, request.Tool, ArgumentsHash.Compute(request.Arguments), AuditDecisions.Pending, AuditOutcomes.Pending, id, cancellationToken);
        return await store.CreateAsync(id, request, ApprovalBinding.Hash(request), now, now + options.Value.Expiry, cancellationToken);
    }

    private static ApprovalRequest Redacted(ApprovalRequest request)
    {
        if (!SecretRedactor.MayContainSecret(request.Reason) && !SecretRedactor.MayContainSecret(request.Arguments))
        {
            return request;
        }

        // Redacting JSON text keeps it valid JSON; writing it again keeps it canonical.
        using var arguments = JsonDocument.Parse(SecretRedactor.Redact(request.Arguments));
        return request with { Reason = SecretRedactor.Redact(request.Reason), Arguments = CanonicalJson.Write(arguments.RootElement) };
    }
}
