using SreBot.Shared.Approvals;

namespace SreBot.Shared.Tests.Storage.Postgres;

/// <summary>The host's runner of approved actions for start tests that never reach an approval (every host must supply one).</summary>
internal sealed class UnreachedActionRunner : IApprovedActionRunner
{
    public Task<ApprovedActionResult> RunAsync(Approval approval, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A start test ran an approved action.");
}
