namespace SreBot.FakeAzure;

/// <summary>A resource's Resource Health status as the fake answers it (the <c>properties</c> of <c>AvailabilityStatus_GetByResource</c>).</summary>
public sealed record FakeHealthStatus(string AvailabilityState, string Title, string Summary, string? ReasonType, DateTimeOffset OccurredTime, DateTimeOffset ReportedTime);
