using SreBot.Shared.Scope;

namespace SreBot.Shared.Estate;

/// <summary>Resource Health's current availability status.</summary>
/// <param name="AvailabilityState">One of <c>Available</c>, <c>Degraded</c>, <c>Unavailable</c>, <c>Unknown</c>.</param>
public sealed record ResourceHealthStatus(
    ResourceId ResourceId,
    string AvailabilityState,
    string Summary,
    string? ReasonType,
    DateTimeOffset OccurredTime);
