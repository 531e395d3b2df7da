using System.Text.Json;
using SreBot.Shared.Traces;

namespace SreBot.Bot.Api;

/// <summary>One tool call of a trace; <c>arguments</c> is the canonical JSON object the tool was called with.</summary>
public sealed record TraceStepView(string Tool, JsonElement Arguments, double DurationMs, bool Succeeded, string Summary)
{
    public static TraceStepView From(TraceStep step)
    {
        using var arguments = JsonDocument.Parse(step.Arguments);
        return new TraceStepView(step.Tool, arguments.RootElement.Clone(), step.DurationMs, step.Succeeded, step.Summary);
    }
}
