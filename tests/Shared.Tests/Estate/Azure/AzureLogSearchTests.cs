using SreBot.FakeAzure;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>logs_search through the real pipeline against the fake Log Analytics, which reads the query back from its KQL tokens.</summary>
public sealed class AzureLogSearchTests
{
    private static readonly DateTimeOffset End = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

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

        var result = await azure.Provider.SearchLogsAsync(ResourceId.Parse(app), new LogSearchQuery("OutOfMemoryException", LogSeverity.Error, End.AddHours(-1), End, 10), CancellationToken.None);

        Assert.Equal(["outofmemoryexception: process exiting", "OutOfMemoryException in checkout"], result.Entries.Select(e => e.Message));
        Assert.Equal([LogSeverity.Critical, LogSeverity.Error], result.Entries.Select(e => e.Level));
        Assert.Equal(["AppServiceConsoleLogs", "AppServiceAppLogs"], result.Entries.Select(e => e.Source));
        Assert.Equal(2, result.TotalMatches);
        Assert.Equal("azure", azure.Provider.Provenance.Provider);
        Assert.False(azure.Provider.Provenance.Simulated);
    }
}
