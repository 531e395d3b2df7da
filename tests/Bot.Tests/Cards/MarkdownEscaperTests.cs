using SreBot.Bot.Cards.Elements;
using SreBot.Bot.Cards.Text;

namespace SreBot.Bot.Tests.Cards;

public sealed class MarkdownEscaperTests
{
    [Theory]
    [MemberData(nameof(HostileText.Samples), MemberType = typeof(HostileText))]
    public void HostileText_HasNoLiveMarkdown_AfterEscaping(string hostile)
    {
        MarkdownAssert.FullyEscaped(CardText.Plain(hostile));
    }

    [Theory]
    [MemberData(nameof(HostileText.Samples), MemberType = typeof(HostileText))]
    public void HostileText_ReadsBackUnchanged_ApartFromCleaningAndLineTrimming(string hostile)
    {
        var cleaned = TextSanitizer.Clean(hostile);
        var expected = string.Join('\n', cleaned.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

        Assert.Equal(expected, MarkdownAssert.Unescape(CardText.Plain(hostile)));
    }

    [Fact]
    public void ImageAndLink_AreEscaped()
    {
        Assert.Equal(@"\!\[x\]\(http://evil\) \[click\]\(http://evil\)", CardText.Plain("![x](http://evil) [click](http://evil)"));
    }

    [Fact]
    public void AutolinkAndHtml_AreEscaped()
    {
        Assert.Equal(@"\<http://evil\> \<b\>x\</b\> \&lt;", CardText.Plain("<http://evil> <b>x</b> &lt;"));
    }

    [Fact]
    public void CardJson_IsEscapedText()
    {
        Assert.Equal(
            "\\{\"type\":\"Action.OpenUrl\",\"url\":\"http://evil\"\\}",
            CardText.Plain("{\"type\":\"Action.OpenUrl\",\"url\":\"http://evil\"}"));
    }

    [Theory]
    [InlineData("- item", @"\- item")]
    [InlineData("+ item", @"\+ item")]
    [InlineData("* item", @"\* item")]
    [InlineData("12. item", @"12\. item")]
    [InlineData("3) item", @"3\) item")]
    [InlineData("4.", @"4\.")]
    [InlineData("0.9 GB", "0.9 GB")]
    [InlineData("# title", @"\# title")]
    [InlineData("> quote", @"\> quote")]
    [InlineData("===", @"\===")]
    [InlineData("   - indented", @"\- indented")]
    [InlineData("2026-05-01 10:00 app-checkout-api 1.5 GB", "2026-05-01 10:00 app-checkout-api 1.5 GB")]
    [InlineData(@"C:\temp", @"C:\\temp")]
    public void LineStartMarkers_AreEscaped_OnlyAtTheStart(string text, string expected)
    {
        Assert.Equal(expected, CardText.Plain(text));
    }

    [Fact]
    public void EachLine_BecomesAParagraph()
    {
        Assert.Equal("first\n\nsecond\n\nthird", CardText.Plain("first\r\nsecond\n\n\nthird\n"));
    }

    [Fact]
    public void Plain_CapsLength_BeforeEscaping()
    {
        var text = CardText.Plain(new string('*', 3000));

        Assert.Equal((TextSanitizer.DefaultMaxLength - 1) * 2 + 1, text.Length);
        Assert.EndsWith("\\*…", text, StringComparison.Ordinal);
        MarkdownAssert.FullyEscaped(text);
    }

    [Fact]
    public void Markdown_KeepsTrustedFormatting()
    {
        Assert.Equal("**Approved** by SreBot", TextBlock.Markdown("**Approved** by SreBot").Text);
    }
}
