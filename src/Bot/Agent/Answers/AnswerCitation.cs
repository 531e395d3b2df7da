namespace SreBot.Bot.Agent.Answers;

/// <summary>One source an answer used (a tool result or a knowledge passage), shown as <c>[Position]</c> in the text.</summary>
public sealed record AnswerCitation(int Position, string Name, string Abstract)
{
    /// <summary>Teams and the Agents Playground take at most ten citations on a message.</summary>
    public const int MaxCitations = 10;
    public const int MaxNameLength = 80;
    public const int MaxAbstractLength = 160;

    /// <summary>The citations of a turn: its successful tool calls in order, each tool and arguments once, at most <see cref="MaxCitations"/>.</summary>
    public static IReadOnlyList<AnswerCitation> From(IReadOnlyList<Shared.Traces.TraceStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return [.. steps
            .Where(s => s.Succeeded)
            .DistinctBy(s => (s.Tool, s.Arguments))
            .Take(MaxCitations)
            .Select((s, i) => new AnswerCitation(
                i + 1,
                Cap(s.Tool == McpServer.Tools.Knowledge.KnowledgeSearchTool.Name ? "Knowledge passages (knowledge_search)" : $"Tool result: {s.Tool}", MaxNameLength),
                Cap(Shared.Redaction.SecretRedactor.Redact(string.IsNullOrWhiteSpace(s.Summary) ? s.Tool : s.Summary), MaxAbstractLength)))];
    }

    private static string Cap(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
