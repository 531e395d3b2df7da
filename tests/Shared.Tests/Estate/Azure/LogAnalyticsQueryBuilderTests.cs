using SreBot.FakeAzure;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Azure.Logs;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

public sealed class LogAnalyticsQueryBuilderTests
{
    private static readonly ResourceId WebApp = ResourceId.Parse(Scope.SandboxIds.CheckoutApi);
    private static readonly ResourceId Vm = ResourceId.Parse(Scope.SandboxIds.BatchVm);
    private static readonly DateTimeOffset End = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> HostileTexts => new()
    {
        "it's",
        "say \"hi\"",
        "a | where 1 == 1 | take 1000",
        "\" | union * | where \"",
        "' | project secrets //",
        "// the rest is a comment",
        "C:\\temp\\ \\\" \\\\",
        "ends with a backslash \\",
        "line one\nline two\r\nthree\ttabbed",
        "\"; .drop table AppServiceAppLogs; print \"",
        "```multi-line```",
        "@\"verbatim\" h'obfuscated'",
        "über ünïcödé 日本語 🚀",
        new string('x', LogAnalyticsQueryBuilder.MaxTextLength),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void SearchText_EntersTheQueryAsOneLiteral_ThatKqlReadsBackAsTheText(string text)
    {
        var query = Build(WebApp, text);

        var tokens = KqlLexer.Read(query.Query);

        var literal = Assert.Single(tokens, t => t.Kind == KqlTokenKind.StringLiteral && t.Value == text);
        Assert.Equal("contains", tokens[IndexOf(tokens, literal) - 1].Value);
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void SearchText_ChangesNothingInTheQuery_ButThatLiteral(string text)
    {
        var probe = KqlLexer.Read(Build(WebApp, "probe").Query);
        var hostile = KqlLexer.Read(Build(WebApp, text).Query);

        Assert.Equal(probe.Count, hostile.Count);
        var differing = Enumerable.Range(0, probe.Count).Where(i => probe[i] != hostile[i]).ToList();
        var only = Assert.Single(differing);
        Assert.Equal(KqlTokenKind.StringLiteral, hostile[only].Kind);
        Assert.Equal("probe", probe[only].Value);
    }

    [Theory]
    [InlineData("nul \u0000 inside")]
    [InlineData("bell \u0007")]
    [InlineData("escape \u001b[31m")]
    [InlineData("delete \u007f")]
    public void SearchText_WithACharacterKqlCannotExpress_IsRefused(string text)
    {
        var refused = Assert.Throws<ArgumentException>(() => Build(WebApp, text));

        Assert.DoesNotContain(text, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SearchText_WithABrokenSurrogate_IsRefused()
    {
        // Built here, not in InlineData: the test runner would replace a lone surrogate in a theory's data.
        var text = "broken " + (char)0xD800 + " surrogate";

        Assert.Throws<ArgumentException>(() => Build(WebApp, text));
    }

    [Fact]
    public void SearchText_LongerThanTheBound_IsRefused()
    {
        var refused = Assert.Throws<ArgumentException>(() => Build(WebApp, new string('x', LogAnalyticsQueryBuilder.MaxTextLength + 1)));

        Assert.Contains(LogAnalyticsQueryBuilder.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutText_TheQueryHasNoTextFilter()
    {
        var tokens = KqlLexer.Read(Build(WebApp, null).Query);

        Assert.DoesNotContain(tokens, t => t.Value == "contains");
    }

    [Fact]
    public void WebApp_IsQueriedOverTheAppServiceTables_ResourceCentric()
    {
        var query = Build(WebApp, null);

        Assert.Equal($"v1{Scope.SandboxIds.CheckoutApi}/query", query.Path);
        Assert.Equal(["AppServiceConsoleLogs", "AppServiceAppLogs", "AppServiceHTTPLogs"], Tables(query));
        Assert.Equal("2026-12-07T06:00:00.0000000Z/2026-12-07T07:00:00.0000000Z", query.Timespan);
    }

    [Fact]
    public void VirtualMachine_IsQueriedOverSyslogAndEvent()
        => Assert.Equal(["Syslog", "Event"], Tables(Build(Vm, null)));

    [Theory]
    [InlineData("/providers/Microsoft.App/containerApps/ca-orders", "ContainerAppConsoleLogs")]
    [InlineData("/providers/Microsoft.ContainerService/managedClusters/aks-shop", "ContainerLogV2")]
    [InlineData("/providers/Microsoft.Web/sites/app-checkout-api/slots/staging", "AppServiceAppLogs")]
    public void OtherTypes_AreQueriedOverTheirTables(string suffix, string table)
        => Assert.Contains(table, Tables(Build(ResourceId.Parse(Scope.SandboxIds.ShopProd + suffix), null)));

    [Fact]
    public void ATypeWithoutKnownLogTables_IsRefused()
    {
        var storage = ResourceId.Parse(Scope.SandboxIds.ShopProd + "/providers/Microsoft.Storage/storageAccounts/stshop");

        var refused = Assert.Throws<ArgumentException>(() => Build(storage, null));

        Assert.Contains("Microsoft.Web/sites", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LogSeverity.Verbose, new[] { "Verbose", "Information", "Warning", "Error", "Critical" })]
    [InlineData(LogSeverity.Warning, new[] { "Warning", "Error", "Critical" })]
    [InlineData(LogSeverity.Critical, new[] { "Critical" })]
    public void MinimumLevel_KeepsThatLevelAndAbove(LogSeverity minimum, string[] kept)
    {
        var tokens = KqlLexer.Read(LogAnalyticsQueryBuilder.Build(WebApp, new LogSearchQuery(null, minimum, End.AddHours(-1), End, 50)).Query);

        var start = IndexOfSequence(tokens, "where", "Level", "in", "(") + 4;
        var levels = tokens.Skip(start).TakeWhile(t => t.Value != ")").Where(t => t.Kind == KqlTokenKind.StringLiteral).Select(t => t.Value);
        Assert.Equal(kept, levels);
    }

    [Fact]
    public void TopAndTime_AreWrittenAsNumbersAndDatetimes()
    {
        var tokens = KqlLexer.Read(LogAnalyticsQueryBuilder.Build(WebApp, new LogSearchQuery(null, LogSeverity.Warning, End.AddMinutes(-5), End, 7)).Query);

        Assert.Equal("7", tokens[IndexOfSequence(tokens, "top") + 1].Value);
        Assert.Equal(["2026-12-07T06:55:00.0000000Z", "2026-12-07T07:00:00.0000000Z"], tokens.Where(t => t.Kind == KqlTokenKind.DatetimeLiteral).Select(t => t.Value));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(LogAnalyticsQueryBuilder.MaxTop + 1)]
    public void TopOutOfRange_IsRefused(int top)
        => Assert.Throws<ArgumentException>(() => LogAnalyticsQueryBuilder.Build(WebApp, new LogSearchQuery(null, LogSeverity.Warning, End.AddHours(-1), End, top)));

    [Fact]
    public void AnEmptyWindow_IsRefused()
        => Assert.Throws<ArgumentException>(() => LogAnalyticsQueryBuilder.Build(WebApp, new LogSearchQuery(null, LogSeverity.Warning, End, End, 10)));

    private static LogAnalyticsQuery Build(ResourceId id, string? text)
        => LogAnalyticsQueryBuilder.Build(id, new LogSearchQuery(text, LogSeverity.Warning, End.AddHours(-1), End, 50));

    // A table is the first word of each "(Table | project …)" in the union.
    private static List<string> Tables(LogAnalyticsQuery query)
    {
        var tokens = KqlLexer.Read(query.Query);
        return [.. Enumerable.Range(1, tokens.Count - 3)
            .Where(i => tokens[i - 1].Value == "(" && tokens[i].Kind == KqlTokenKind.Identifier && tokens[i + 1].Value == "|" && tokens[i + 2].Value == "project")
            .Select(i => tokens[i].Value)];
    }

    private static int IndexOf(IReadOnlyList<KqlToken> tokens, KqlToken token)
        => Enumerable.Range(0, tokens.Count).First(i => ReferenceEquals(tokens[i], token));

    private static int IndexOfSequence(IReadOnlyList<KqlToken> tokens, params string[] values)
        => Enumerable.Range(0, tokens.Count - values.Length + 1).First(i => values.Select((v, j) => tokens[i + j].Value == v).All(b => b));
}
