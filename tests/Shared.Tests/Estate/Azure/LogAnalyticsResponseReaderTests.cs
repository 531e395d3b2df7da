using System.Text.Json;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Azure.Logs;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

public sealed class LogAnalyticsResponseReaderTests
{
    private static readonly ResourceId WebApp = ResourceId.Parse(Scope.SandboxIds.CheckoutApi);

    [Fact]
    public void Rows_AreReadByColumnName_WithTheTotal()
    {
        // The column order differs from the query's on purpose, and the total comes as a string, as the service may send it.
        var answer = Json("""
            {"tables":[{"name":"PrimaryResult",
              "columns":[{"name":"Source","type":"string"},{"name":"TimeGenerated","type":"datetime"},{"name":"Message","type":"string"},{"name":"Level","type":"string"},{"name":"TotalMatches","type":"long"}],
              "rows":[["AppServiceAppLogs","2026-12-07T06:59:00Z","System.OutOfMemoryException","Error","42"],
                      ["AppServiceHTTPLogs","2026-12-07T06:58:30.5Z","GET /cart 500 812 ms","Error","42"]]}]}
            """);

        var result = LogAnalyticsResponseReader.Read(WebApp, answer);

        Assert.Equal(42, result.TotalMatches);
        Assert.Equal(2, result.Entries.Count);
        Assert.Equal(new LogEntry(new DateTimeOffset(2026, 12, 7, 6, 59, 0, TimeSpan.Zero), LogSeverity.Error, "System.OutOfMemoryException", "AppServiceAppLogs"), result.Entries[0]);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 6, 58, 30, 500, TimeSpan.Zero), result.Entries[1].TimeGenerated);
    }

    [Fact]
    public void NoRows_IsAnEmptyResult()
    {
        var result = LogAnalyticsResponseReader.Read(WebApp, Json("""
            {"tables":[{"name":"PrimaryResult","columns":[{"name":"TimeGenerated"},{"name":"Level"},{"name":"Message"},{"name":"Source"},{"name":"TotalMatches"}],"rows":[]}]}
            """));

        Assert.Empty(result.Entries);
        Assert.Equal(0, result.TotalMatches);
    }

    [Fact]
    public void AVeryLongMessage_IsBounded()
    {
        var message = new string('m', LogAnalyticsResponseReader.MaxMessageLength * 3);
        var answer = Json($$"""
            {"tables":[{"columns":[{"name":"TimeGenerated"},{"name":"Level"},{"name":"Message"},{"name":"Source"},{"name":"TotalMatches"}],
              "rows":[["2026-12-07T06:59:00Z","Warning","{{message}}","Syslog",1]]}]}
            """);

        var entry = Assert.Single(LogAnalyticsResponseReader.Read(WebApp, answer).Entries);

        Assert.True(entry.Message.Length < LogAnalyticsResponseReader.MaxMessageLength + 20);
    }

    [Theory]
    [InlineData("""{"error":{"code":"BadArgumentError"}}""")]
    [InlineData("""{"tables":[]}""")]
    [InlineData("""{"tables":[{"columns":[{"name":"TimeGenerated"}],"rows":[]}]}""")]
    [InlineData("""{"tables":[{"columns":[{"name":"TimeGenerated"},{"name":"Level"},{"name":"Message"},{"name":"Source"},{"name":"TotalMatches"}],"rows":[["not a time","Error","m","s",1]]}]}""")]
    public void AnAnswerOfAnotherShape_IsUnavailable_NotACrash(string body)
        => Assert.Throws<EstateUnavailableException>(() => LogAnalyticsResponseReader.Read(WebApp, Json(body)));

    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();
}
