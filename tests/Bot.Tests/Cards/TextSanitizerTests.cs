using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Tests.Cards;

public sealed class TextSanitizerTests
{
    [Fact]
    public void ControlAndInvisibleCharacters_AreRemoved_LineBreaksAndTabsKept()
    {
        var cleaned = TextSanitizer.Clean("a\u0007b\u001B[31mc\u202Ed\u200Be\uFEFFf\r\ng\rh\ti\u2028j\0k");

        Assert.Equal("ab[31mcdef\ng\nh i\njk", cleaned);
    }

    [Fact]
    public void LongText_IsCappedAt2000Characters_WithAnEllipsis()
    {
        var cleaned = TextSanitizer.Clean(new string('x', 5000));

        Assert.Equal(TextSanitizer.DefaultMaxLength, cleaned.Length);
        Assert.EndsWith("x…", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void TextAtTheCap_IsKeptWhole()
    {
        var text = new string('x', TextSanitizer.DefaultMaxLength);

        Assert.Equal(text, TextSanitizer.Clean(text));
    }

    [Fact]
    public void Cut_NeverSplitsASurrogatePair()
    {
        var cleaned = TextSanitizer.Clean("a" + string.Concat(Enumerable.Repeat("😀", 10)), maxLength: 5);

        Assert.Equal("a😀…", cleaned);
    }

    [Fact]
    public void LoneSurrogate_IsReplaced()
    {
        Assert.Equal("a\uFFFDb", TextSanitizer.Clean("a\uD800b"));
    }

    [Fact]
    public void Null_IsEmpty()
    {
        Assert.Equal(string.Empty, TextSanitizer.Clean(null));
    }
}
