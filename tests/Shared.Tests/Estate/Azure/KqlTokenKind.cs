namespace SreBot.Shared.Tests.Estate.Azure;

public enum KqlTokenKind
{
    Identifier,
    Number,
    StringLiteral,
    DatetimeLiteral,
    Punctuation,
}
