namespace SreBot.Bot.Investigation;

/// <summary>The resource a name stands for, or why it could not be found (<paramref name="Problem"/>).</summary>
public sealed record ResolvedResource(string? Id, string Name, string? Problem);
