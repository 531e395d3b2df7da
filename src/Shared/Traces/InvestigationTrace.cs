namespace SreBot.Shared.Traces;

/// <summary>
/// What one investigation did, in order: the tool calls with their arguments and durations, and what it concluded.
/// Kept per chat thread so a person can later see how SreBot reached its answer.
/// </summary>
/// <param name="Id">Trace id, <c>trc_</c> followed by 32 hex digits.</param>
/// <param name="ThreadId">The conversation's thread (<see cref="Conversations.ConversationReference.ThreadId"/>).</param>
/// <param name="RequestedBy">User id of the person who asked for the investigation.</param>
/// <param name="ResourceId">The investigated resource, or null when the name could not be resolved.</param>
/// <param name="Findings">The findings sentences, most important first.</param>
/// <param name="Conclusion">The suggested action, or why the investigation could not run; null when there is neither.</param>
public sealed record InvestigationTrace(
    string Id,
    string ThreadId,
    string RequestedBy,
    string? ResourceId,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    IReadOnlyList<TraceStep> Steps,
    IReadOnlyList<string> Findings,
    string? Conclusion)
{
    public static string NewId() => "trc_" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
}
