namespace SreBot.Shared.Traces;

/// <summary>One tool call of an investigation.</summary>
/// <param name="Tool">The MCP tool name, e.g. <c>metrics_query</c>.</param>
/// <param name="Arguments">The arguments as canonical JSON (<see cref="Serialization.CanonicalJson"/>).</param>
/// <param name="DurationMs">How long the call took, in milliseconds.</param>
/// <param name="Summary">
/// A short description of the answer (at most <see cref="MaxSummaryLength"/> characters), never the raw tool output:
/// the tool's answer may hold personal or estate data beyond what the trace needs.
/// </param>
public sealed record TraceStep(string Tool, string Arguments, double DurationMs, bool Succeeded, string Summary)
{
    public const int MaxSummaryLength = 500;

    /// <summary>Cuts <paramref name="text"/> to <see cref="MaxSummaryLength"/> characters, marking the cut with an ellipsis.</summary>
    public static string Shorten(string text)
        => text.Length <= MaxSummaryLength ? text : string.Concat(text.AsSpan(0, MaxSummaryLength - 1), "…");
}
