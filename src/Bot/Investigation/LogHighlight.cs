namespace SreBot.Bot.Investigation;

/// <summary>A frequent error message and how often it occurred. <paramref name="Message"/> is untrusted text from the estate.</summary>
public sealed record LogHighlight(string Message, int Count);
