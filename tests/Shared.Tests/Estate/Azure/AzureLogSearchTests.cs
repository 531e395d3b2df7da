using Azure.Core;
using SreBot.FakeAzure;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Azure.Http;
using SreBot.Shared.Estate.Azure.Logs;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>
/// logs_search through the real pipeline against the fake Log Analytics, which reads the query back from its KQL tokens and
/// answers only the rows that match what it read: a search text that broke out of its literal would change the answer.
/// </summary>
public sealed class AzureLogSearchTests
{
    private static readonly DateTimeOffset End = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    public static TheoryData<string, string[]> TablesPerType => new()
    {
        { "Microsoft.Compute/virtualMachines", ["Event", "Syslog"] },
        { "Microsoft.App/containerApps", ["ContainerAppConsoleLogs"] },
        { "Microsoft.ContainerService/managedClusters", ["ContainerLogV2"] },
        { "Microsoft.Compute/virtualMachineScaleSets", ["Event", "Syslog"] },
    };

    [Fact]
    public async Task Search_AnswersTheMatchingLines_NewestFirst_WithTheTotal()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-5), "Error", "OutOfMemoryException in checkout");
        azure.World.AddLog(app, "AppServiceConsoleLogs", End.AddMinutes(-2), "Critical", "outofmemoryexception: process exiting");
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-3), "Warning", "OutOfMemoryException soon");
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-4), "Error", "Timeout talking to payments");
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddHours(-2), "Error", "OutOfMemoryException long ago");
        azure.World.AddLog(azure.AddWebApp("app-b"), "AppServiceAppLogs", End.AddMinutes(-1), "Error", "OutOfMemoryException next door");

        var result = await azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery("OutOfMemoryException", LogSeverity.Error, End.AddHours(-1), End, 10), CancellationToken.None);

        Assert.Equal(ResourceId.Parse(app), result.ResourceId);
        Assert.Equal(["outofmemoryexception: process exiting", "OutOfMemoryException in checkout"], result.Entries.Select(e => e.Message));
        Assert.Equal([LogSeverity.Critical, LogSeverity.Error], result.Entries.Select(e => e.Level));
        Assert.Equal(["AppServiceConsoleLogs", "AppServiceAppLogs"], result.Entries.Select(e => e.Source));
        Assert.Equal([End.AddMinutes(-2), End.AddMinutes(-5)], result.Entries.Select(e => e.TimeGenerated));
        Assert.Equal(2, result.TotalMatches);
        Assert.Equal("azure", azure.Provider.Provenance.Provider);
        Assert.False(azure.Provider.Provenance.Simulated);
    }

    [Fact]
    public async Task Search_IsOneResourceCentricQuery_ToLogAnalytics()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");

        await azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery(null, LogSeverity.Warning, End.AddHours(-1), End, 10), CancellationToken.None);

        var request = Assert.Single(azure.World.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/v1{ResourceId.Parse(app).Display}/query", request.Path);
    }

    [Fact]
    public async Task Top_BoundsTheEntries_TheTotalCountsEveryMatch()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        for (var i = 1; i <= 5; i++)
        {
            azure.World.AddLog(app, "AppServiceHTTPLogs", End.AddMinutes(-i), "Warning", $"GET /api/cart 429 {i} ms");
        }

        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-1), "Information", "GET /api/cart served");

        var result = await azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery("/api/cart", LogSeverity.Warning, End.AddHours(-1), End, 2), CancellationToken.None);

        Assert.Equal(["GET /api/cart 429 1 ms", "GET /api/cart 429 2 ms"], result.Entries.Select(e => e.Message));
        Assert.Equal(5, result.TotalMatches);
    }

    [Theory]
    [MemberData(nameof(LogAnalyticsQueryBuilderTests.HostileTexts), MemberType = typeof(LogAnalyticsQueryBuilderTests))]
    public async Task AHostileSearchText_IsReadBackUnchanged_AndMatchesOnlyTheRightLines(string text)
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        var half = text[..(text.Length / 2)];
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-1), "Error", $"before {text} after");
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-2), "Error", $"decoy {half}");
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-3), "Error", "an unrelated line");

        var result = await azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery(text, LogSeverity.Error, End.AddHours(-1), End, 10), CancellationToken.None);

        Assert.Equal($"before {text} after", Assert.Single(result.Entries).Message);
        Assert.Equal(1, result.TotalMatches);
    }

    [Theory]
    [InlineData("nul \u0000 inside")]
    [InlineData("escape \u001b[31m")]
    [InlineData("bell \u0007")]
    public async Task ASearchTextWithAControlCharacter_IsRefused_BeforeLogAnalyticsIsAsked(string text)
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");

        await Assert.ThrowsAsync<ArgumentException>(() => azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery(text, LogSeverity.Error, End.AddHours(-1), End, 10), CancellationToken.None));

        Assert.Empty(azure.World.Requests);
    }

    [Theory]
    [MemberData(nameof(TablesPerType))]
    public async Task TheTablesSearched_AreThoseTheResourceTypeLogsTo(string type, string[] tables)
    {
        using var azure = new AzureEstateFixture();
        var id = azure.AddResource(type, "res-a");
        foreach (var table in new[] { "AppServiceConsoleLogs", "AppServiceAppLogs", "AppServiceHTTPLogs", "ContainerAppConsoleLogs", "Syslog", "Event", "ContainerLogV2" })
        {
            azure.World.AddLog(id, table, End.AddMinutes(-1), "Error", $"disk full in {table}");
        }

        var result = await azure.Provider.SearchLogsAsync(ResourceId.Parse(id), new LogSearchQuery("disk full", LogSeverity.Warning, End.AddHours(-1), End, 50), CancellationToken.None);

        Assert.Equal(tables, result.Entries.Select(e => e.Source).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheMinimumLevel_KeepsThatLevelAndAbove()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        foreach (var (level, minutes) in new[] { ("Verbose", 1), ("Information", 2), ("Warning", 3), ("Error", 4), ("Critical", 5) })
        {
            azure.World.AddLog(app, "AppServiceConsoleLogs", End.AddMinutes(-minutes), level, $"{level} line");
        }

        var result = await azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery(null, LogSeverity.Warning, End.AddHours(-1), End, 10), CancellationToken.None);

        Assert.Equal([LogSeverity.Warning, LogSeverity.Error, LogSeverity.Critical], result.Entries.Select(e => e.Level));
    }

    [Fact]
    public async Task Forbidden_NamesLogsRead_AndTheResource()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        // Log Analytics' own refusal (not ARM's AuthorizationFailed sentence).
        azure.World.Fail(new FakeFault(403, "/query", null, "InsufficientAccessError", "The provided credentials have insufficient access to perform the requested operation"));

        var refused = await Assert.ThrowsAsync<EstateForbiddenException>(() => azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery("x", LogSeverity.Error, End.AddHours(-1), End, 10), CancellationToken.None));

        Assert.Equal("Microsoft.Insights/logs/read", refused.Permission);
        Assert.Equal(ResourceId.Parse(app), refused.Scope);
        Assert.DoesNotContain("insufficient access", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheLogsOfAResourceLogAnalyticsDoesNotKnow_AreNotFound()
    {
        using var azure = new AzureEstateFixture();
        var missing = ResourceId.Parse($"{azure.GroupId}/providers/Microsoft.Web/sites/app-gone");

        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => azure.Provider.SearchLogsAsync(missing, new LogSearchQuery(null, LogSeverity.Error, End.AddHours(-1), End, 10), CancellationToken.None));
    }

    [Fact]
    public async Task AThrottledOrFailingQuery_IsRetried_ForAQueryChangesNothing()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-1), "Error", "boom");
        azure.World.Fail(FakeFault.Throttled("/query", retryAfterSeconds: 0));
        azure.World.Fail(FakeFault.ServerError("/query"));

        var result = await azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery("boom", LogSeverity.Error, End.AddHours(-1), End, 10), CancellationToken.None);

        Assert.Equal("boom", Assert.Single(result.Entries).Message);
        Assert.Equal(3, azure.World.Requests.Count);
    }

    [Fact]
    public async Task ANaivelySplicedQuery_IsRefusedByTheFake_AsLogAnalyticsRefusesBadKql()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        azure.World.AddLog(app, "AppServiceAppLogs", End.AddMinutes(-1), "Error", "say \"hi\" | take 1");
        var built = LogAnalyticsQueryBuilder.Build(ResourceId.Parse(app), new LogSearchQuery("probe", LogSeverity.Error, End.AddHours(-1), End, 10));
        var spliced = built.Query.Replace("\"probe\"", "\"say \"hi\" | take 1\"", StringComparison.Ordinal);
        var client = azure.Service<AzureRestClients>().LogAnalytics;
        var call = new AzureCall(AzureLogSearch.QueryAction, ResourceId.Parse(app));

        using var answered = await client.SendAsync(RequestMethod.Post, new Uri(client.Endpoint, built.Path), BinaryData.FromObjectAsJson(new { query = built.Query, timespan = built.Timespan }), call, CancellationToken.None);
        await Assert.ThrowsAsync<EstateUnavailableException>(() => client.SendAsync(
            RequestMethod.Post, new Uri(client.Endpoint, built.Path), BinaryData.FromObjectAsJson(new { query = spliced, timespan = built.Timespan }), call, CancellationToken.None));

        Assert.Equal(0, answered.RootElement.GetProperty("tables")[0].GetProperty("rows").GetArrayLength());
    }
}
