namespace SreBot.FakeAzure;

/// <summary>What a SreBot log query asks for, as a fake Log Analytics reads it back from the KQL (never from the raw text).</summary>
public sealed record LogQueryShape(IReadOnlyList<string> Tables, DateTimeOffset Start, DateTimeOffset End, IReadOnlyList<string> Levels, string? Contains, int Top);
