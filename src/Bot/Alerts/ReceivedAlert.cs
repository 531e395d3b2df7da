namespace SreBot.Bot.Alerts;

/// <summary>One alert read from a sender's payload, bounded and redacted, before its scope is judged.</summary>
public sealed record ReceivedAlert(string Source, string DedupeKey, string Name, string? Severity, AlertTarget Target, bool Firing, string? Summary);
