using SreBot.Bot.Cards.Templates;

namespace SreBot.Bot.Tests.Cards;

public sealed class CardTimeTests
{
    [Theory]
    [InlineData(0, "just now")]
    [InlineData(30, "just now")]
    [InlineData(60, "1 min ago")]
    [InlineData(59 * 60, "59 min ago")]
    [InlineData(3 * 3600, "3 h ago")]
    [InlineData((3 * 3600) + (5 * 60), "3 h 5 min ago")]
    [InlineData(26 * 3600, "1 day ago")]
    [InlineData(3 * 86400, "3 days ago")]
    [InlineData(-25 * 60, "in 25 min")]
    public void Relative_SaysHowLongAgo(int secondsAgo, string expected)
    {
        Assert.Equal(expected, CardTime.Relative(CardSamples.Now.AddSeconds(-secondsAgo), CardSamples.Now));
    }

    [Fact]
    public void Format_IsUtc_WithTheRelativeTime()
    {
        var local = new DateTimeOffset(2026, 5, 1, 12, 20, 0, TimeSpan.FromHours(2));

        Assert.Equal("2026-05-01 10:20 UTC (12 min ago)", CardTime.Format(local, CardSamples.Now));
    }
}
