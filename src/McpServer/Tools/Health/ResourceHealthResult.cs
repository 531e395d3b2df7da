namespace SreBot.McpServer.Tools.Health;

public sealed record ResourceHealthResult(
    SourceInfo Source,
    string ResourceId,
    string AvailabilityState,
    string Summary,
    string? ReasonType,
    DateTimeOffset OccurredTime);
