namespace SreBot.FakeAzure;

/// <param name="Text">The token as written in the query.</param>
/// <param name="Value">For a string literal, its value as KQL reads it; otherwise the text (for a datetime, what is inside the parentheses).</param>
public sealed record KqlToken(KqlTokenKind Kind, string Text, string Value);
