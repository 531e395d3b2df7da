using SreBot.Shared.Traces;

namespace SreBot.Bot.Api;

/// <summary>An investigation trace as the API shows it, with its steps in call order.</summary>
public sealed record TraceView(
    string Id,
    string ThreadId,
    string RequestedBy,
    string? ResourceId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    double DurationMs,
    IReadOnlyList<TraceStepView> Steps,
    IReadOnlyList<string> Findings,
    string? Conclusion)
{
    public static TraceView From(InvestigationTrace trace)
        => new(
            trace.Id,
            trace.ThreadId,
            trace.RequestedBy,
            trace.ResourceId,
            trace.StartedAt,
            trace.FinishedAt,
            (trace.FinishedAt - trace.StartedAt).TotalMilliseconds,
            [.. trace.Steps.Select(TraceStepView.From)],
            trace.Findings,
            trace.Conclusion);
}
