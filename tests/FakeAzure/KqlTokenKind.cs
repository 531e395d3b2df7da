namespace SreBot.FakeAzure;

public enum KqlTokenKind
{
    Identifier,
    Number,
    StringLiteral,
    DatetimeLiteral,
    Punctuation,
}
