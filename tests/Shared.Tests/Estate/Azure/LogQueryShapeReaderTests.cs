using SreBot.FakeAzure;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Azure.Logs;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>The fake Log Analytics reads SreBot's queries back from their tokens: the search it sees is the search asked for.</summary>
public sealed class LogQueryShapeReaderTests
{
    private static readonly DateTimeOffset End = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(LogAnalyticsQueryBuilderTests.HostileTexts), MemberType = typeof(LogAnalyticsQueryBuilderTests))]
    public void TheBuiltQuery_ReadsBackAsTheSearchAskedFor(string text)
    {
        var query = LogAnalyticsQueryBuilder.Build(ResourceId.Parse(Scope.SandboxIds.CheckoutApi), new LogSearchQuery(text, LogSeverity.Error, End.AddMinutes(-30), End, 25));

        var shape = LogQueryShapeReader.Read(query.Query);

        Assert.Equal(["AppServiceConsoleLogs", "AppServiceAppLogs", "AppServiceHTTPLogs"], shape.Tables);
        Assert.Equal(End.AddMinutes(-30), shape.Start);
        Assert.Equal(End, shape.End);
        Assert.Equal(["Error", "Critical"], shape.Levels);
        Assert.Equal(text, shape.Contains);
        Assert.Equal(25, shape.Top);
    }

    [Fact]
    public void ANaivelySplicedText_BreaksTheQuery_SoTheFakeRefusesIt()
    {
        var query = LogAnalyticsQueryBuilder.Build(ResourceId.Parse(Scope.SandboxIds.CheckoutApi), new LogSearchQuery("probe", LogSeverity.Warning, End.AddHours(-1), End, 10)).Query;

        var spliced = query.Replace("\"probe\"", "\"say \"hi\" | take 1\n\"", StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => LogQueryShapeReader.Read(spliced));
    }

    public static TheoryData<string> Splices => new()
    {
        "say \"hi\" | take 1",
        "x\" or Message contains \"y",
        "x\"); print \"",
        "x\") | where 1 == 1 | take 1000; print (\"",
        "\" | union * | where \"",
        "x\" and Level in (\"Verbose\") //",
        "x\"\nline two",
    };

    [Theory]
    [MemberData(nameof(Splices))]
    public void ATextSplicedInWithoutEscaping_IsRefused(string text)
    {
        var query = LogAnalyticsQueryBuilder.Build(ResourceId.Parse(Scope.SandboxIds.CheckoutApi), new LogSearchQuery("probe", LogSeverity.Warning, End.AddHours(-1), End, 10)).Query;

        var spliced = query.Replace("\"probe\"", $"\"{text}\"", StringComparison.Ordinal);

        Assert.Throws<FormatException>(() => LogQueryShapeReader.Read(spliced));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("probe")]
    public void TheBuiltQuery_WithOrWithoutText_IsRead(string? text)
    {
        var query = LogAnalyticsQueryBuilder.Build(ResourceId.Parse(Scope.SandboxIds.BatchVm), new LogSearchQuery(text, LogSeverity.Critical, End.AddHours(-1), End, 3)).Query;

        var shape = LogQueryShapeReader.Read(query);

        Assert.Equal(["Syslog", "Event"], shape.Tables);
        Assert.Equal(["Critical"], shape.Levels);
        Assert.Equal(text, shape.Contains);
        Assert.Equal(3, shape.Top);
    }
}
