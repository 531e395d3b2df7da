using ModelContextProtocol;
using SreBot.Shared.Estate;

namespace SreBot.McpServer.Tools.Remediation;

/// <summary>What an approved change did, as the estate reports it.</summary>
public sealed record RemediationResult(SourceInfo Source, string ResourceId, string Operation, bool Succeeded, string Message, DateTimeOffset CompletedAt)
{
    /// <summary>The result of a change the estate carried out.</summary>
    /// <exception cref="McpException">The estate refused or failed the change (a provider that reports failure as a result rather than an <see cref="EstateException"/>): the call is an error, with the estate's reason.</exception>
    public static RemediationResult From(EstateProvenance provenance, EstateOperationResult result)
        => result.Succeeded
            ? new RemediationResult(SourceInfo.From(provenance), result.ResourceId.Display, result.Operation, true, result.Message, result.CompletedAt)
            : throw new McpException($"The {result.Operation} of '{result.ResourceId.Display}' failed: {result.Message}");
}
