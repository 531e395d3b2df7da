using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>An Activity Log (administrative) event: deployments, configuration changes, restarts.</summary>
/// <param name="OperationName">ARM operation, e.g. <c>Microsoft.Web/sites/write</c>.</param>
/// <param name="Status">ARM status, e.g. <c>Succeeded</c>, <c>Failed</c>.</param>
/// <param name="Caller">Principal that made the change (service principal or user).</param>
public sealed record ActivityLogEvent(
    DateTimeOffset EventTimestamp,
    ResourceId ResourceId,
    string OperationName,
    string Status,
    string Caller,
    string Description);
