using System.Security.Cryptography;
using System.Text;

namespace SreBot.Shared.Approvals;

/// <summary>The hash that binds an approval to its tool, canonical arguments, target and requester.</summary>
public static class ApprovalBinding
{
    public static string Hash(ApprovalRequest request) => Hash(request.Tool, request.Arguments, request.TargetResourceId, request.RequestedBy);

    /// <summary>False when the stored request no longer matches the hash it was created with (edited in the store).</summary>
    public static bool Matches(Approval approval)
        => string.Equals(Hash(approval.Tool, approval.Arguments, approval.TargetResourceId, approval.RequestedBy), approval.BindingHash, StringComparison.Ordinal);

    // Length-prefixed parts: no two different requests encode to the same bytes.
    private static string Hash(params string[] parts)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts.Select(p => $"{p.Length}:{p}")))));
}
