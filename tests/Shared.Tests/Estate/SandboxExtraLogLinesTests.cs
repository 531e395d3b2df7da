using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox;
using SreBot.Shared.Estate.Sandbox.Catalog;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxExtraLogLinesTests
{
    private const string Message = "Payment provider answered 502 for order 4711 (rehearsal line)";

    [Fact]
    public async Task ExtraLine_AppearsInThatResourcesLogs_AtItsTimeAndLevel()
    {
        await using var sandbox = await SandboxHarness.StartAsync(settings: Line("app-checkout-api", "Error", Message, minutesAgo: 7));
        sandbox.Time.Advance(TimeSpan.FromSeconds(30));

        var logs = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), "rehearsal line");

        var line = Assert.Single(logs.Entries);
        Assert.Equal(Message, line.Message);
        Assert.Equal(LogSeverity.Error, line.Level);
        Assert.Equal(SandboxLogLine.Source, line.Source);
        Assert.Equal(SandboxHarness.StartTime - TimeSpan.FromMinutes(7), line.TimeGenerated);
    }

    [Fact]
    public async Task ExtraLine_IsFilteredLikeAnyOther_AndStaysOnItsResource()
    {
        await using var sandbox = await SandboxHarness.StartAsync(settings: Line("APP-CHECKOUT-API", "warning", Message, minutesAgo: 90));

        var tooShort = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(1), "rehearsal line");
        var tooSevere = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(2), "rehearsal line", LogSeverity.Error);
        var found = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(2), "rehearsal line", LogSeverity.Warning);
        var newestFirst = await sandbox.LogsAsync(SandboxEstate.CheckoutApiId, TimeSpan.FromHours(2), minimumLevel: LogSeverity.Warning);
        var other = await sandbox.LogsAsync(SandboxEstate.StorefrontWebId, TimeSpan.FromHours(2), "rehearsal line");

        Assert.Empty(tooShort.Entries);
        Assert.Empty(tooSevere.Entries);
        Assert.Equal(LogSeverity.Warning, Assert.Single(found.Entries).Level);
        Assert.Contains(newestFirst.Entries, e => e.Message == Message);
        Assert.Equal(newestFirst.Entries.OrderByDescending(e => e.TimeGenerated), newestFirst.Entries);
        Assert.Empty(other.Entries);
    }

    [Theory]
    [InlineData("app-checkout-apj", "Error", Message, 0, "'app-checkout-apj' is not a sandbox resource")]
    [InlineData("app-checkout-api", "Fatal", Message, 0, "'Fatal' is not a log level")]
    [InlineData("app-checkout-api", "3", Message, 0, "'3' is not a log level")]
    [InlineData("app-checkout-api", "Error", " ", 0, "Message must be non-empty")]
    [InlineData("app-checkout-api", "Error", Message, -1, "MinutesAgo must be between 0")]
    public async Task InvalidLine_FailsValidationAtStart(string resource, string level, string message, int minutesAgo, string expected)
    {
        await using var services = SandboxHarness.BuildServices(null, [], TimeProvider.System, SandboxHarness.NewDirectory(), Line(resource, level, message, minutesAgo));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("Estate:Sandbox:ExtraLogLines:0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TooLongMessage_FailsValidationAtStart()
    {
        var settings = Line("app-checkout-api", "Error", new string('x', SandboxLogLine.MaxMessageLength + 1), 0);
        await using var services = SandboxHarness.BuildServices(null, [], TimeProvider.System, SandboxHarness.NewDirectory(), settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("at most 2,000 characters", error.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, string?> Line(string resource, string level, string message, int minutesAgo)
    {
        var key = $"{SandboxOptions.SectionName}:{nameof(SandboxOptions.ExtraLogLines)}:0:";
        return new Dictionary<string, string?>
        {
            [key + nameof(SandboxLogLine.Resource)] = resource,
            [key + nameof(SandboxLogLine.Level)] = level,
            [key + nameof(SandboxLogLine.Message)] = message,
            [key + nameof(SandboxLogLine.MinutesAgo)] = minutesAgo.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
