namespace SreBot.Shared.Estate.Sandbox.Models;

/// <summary>A Resource Health verdict for one moment.</summary>
/// <param name="ReasonType">As Resource Health reports it: <c>Unplanned</c>, <c>Planned</c>, <c>UserInitiated</c>, or null when available.</param>
internal sealed record HealthAssessment(string AvailabilityState, string? ReasonType, string Summary)
{
    public const string Available = "Available";
    public const string Degraded = "Degraded";
    public const string Unavailable = "Unavailable";

    public static HealthAssessment Healthy { get; } = new(Available, null, "There aren't any known Azure platform problems affecting this resource.");

    /// <summary>Same state for the same reason: the summary's numbers may differ from minute to minute.</summary>
    public bool IsSameStatusAs(HealthAssessment other)
        => AvailabilityState == other.AvailabilityState && ReasonType == other.ReasonType;
}
