using SreBot.Bot.Cards.Templates;

namespace SreBot.Bot.Tests.Cards;

public sealed class ErrorTextTests
{
    [Fact]
    public void StackTrace_IsCutToItsFirstLineAndThreeFrames()
    {
        var message = "System.InvalidOperationException: boom\r\n   at A.B()\n   at C.D()\n\n   at E.F()\n   at G.H()\n   at I.J()";

        Assert.Equal("System.InvalidOperationException: boom\n  at A.B()\n  at C.D()\n  at E.F()\n  … 2 more frames", ErrorText.Shorten(message));
    }

    [Fact]
    public void ShortTrace_KeepsAllItsFrames()
    {
        Assert.Equal("Oops\n  at A.B()", ErrorText.Shorten("Oops\n at A.B()"));
    }

    [Fact]
    public void MessageWithoutTrace_IsUnchanged()
    {
        Assert.Equal("Timeout after 30 s\nretrying", ErrorText.Shorten("Timeout after 30 s\nretrying"));
    }
}
