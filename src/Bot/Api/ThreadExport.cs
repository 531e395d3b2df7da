namespace SreBot.Bot.Api;

/// <summary><c>GET /api/v1/threads/{id}/export</c>: the whole thread with every message and every investigation trace.</summary>
public sealed record ThreadExport(ThreadView Thread, IReadOnlyList<TraceView> Traces);
