using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox;
using SreBot.Shared.Scope;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Tests.Estate;

/// <summary>
/// A sandbox estate wired the way the host wires it, over a temporary data directory that is deleted on dispose.
/// <see cref="StartSecondProcessAsync"/> opens the same directory with new services, as a restarted process would.
/// </summary>
internal sealed class SandboxHarness : IAsyncDisposable
{
    /// <summary>A Monday afternoon in Western Europe: the shop is busy.</summary>
    public static readonly DateTimeOffset StartTime = new(2025, 3, 10, 14, 7, 0, TimeSpan.Zero);

    private readonly ServiceProvider _services;
    private readonly bool _ownsDirectory;
    private readonly string? _scenario;
    private readonly IReadOnlyList<string> _deniedGroups;

    private SandboxHarness(ServiceProvider services, FakeTimeProvider time, string directory, bool ownsDirectory, string? scenario, IReadOnlyList<string> deniedGroups)
    {
        _services = services;
        Time = time;
        DataDirectory = directory;
        _ownsDirectory = ownsDirectory;
        _scenario = scenario;
        _deniedGroups = deniedGroups;
    }

    public FakeTimeProvider Time { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _services;

    public IEstateProvider Estate => _services.GetRequiredService<IEstateProvider>();

    public DateTimeOffset Now => Time.GetUtcNow();

    public static Task<SandboxHarness> StartAsync(
        string? scenario = null, IReadOnlyList<string>? deniedGroups = null, FakeTimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
        => StartAsync(scenario, deniedGroups ?? [], time ?? new FakeTimeProvider(StartTime), NewDirectory(), ownsDirectory: true, settings);

    /// <summary>Builds the services without initializing the database, for option validation tests.</summary>
    /// <param name="extraSettings">More configuration, e.g. <c>Estate:Sandbox:ExtraLogLines:0:Message</c>.</param>
    public static ServiceProvider BuildServices(
        string? scenario, IReadOnlyList<string> deniedGroups, TimeProvider time, string directory, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var settings = new Dictionary<string, string?>(extraSettings ?? new Dictionary<string, string?>());
        if (scenario is not null)
        {
            settings[$"{SandboxOptions.SectionName}:{nameof(SandboxOptions.Scenario)}"] = scenario;
        }

        for (var i = 0; i < deniedGroups.Count; i++)
        {
            settings[$"{SandboxOptions.SectionName}:{nameof(SandboxOptions.DeniedWriteResourceGroups)}:{i}"] = deniedGroups[i];
        }

        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddSingleton<SqliteDatabase>();
        services.Configure<SreBotOptions>(o => o.DataDirectory = directory);
        services.AddSandbox(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public static string NewDirectory() => Path.Combine(Path.GetTempPath(), "srebot-sandbox-" + Guid.NewGuid().ToString("N"));

    /// <summary>New services over the same data directory and clock: what a restarted (or second) process sees.</summary>
    public Task<SandboxHarness> StartSecondProcessAsync() => StartAsync(_scenario, _deniedGroups, Time, DataDirectory, ownsDirectory: false);

    public Task<MetricsResult> MetricsAsync(ResourceId resource, TimeSpan lookback, TimeSpan interval, MetricAggregation aggregation, params string[] names)
        => Estate.QueryMetricsAsync(resource, new MetricsQuery(names, Now - lookback, Now, interval, aggregation), CancellationToken.None);

    public Task<LogSearchResult> LogsAsync(ResourceId resource, TimeSpan lookback, string? text = null, LogSeverity minimumLevel = LogSeverity.Verbose, int top = 1_000)
        => Estate.SearchLogsAsync(resource, new LogSearchQuery(text, minimumLevel, Now - lookback, Now, top), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        if (_ownsDirectory && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private static async Task<SandboxHarness> StartAsync(
        string? scenario, IReadOnlyList<string> deniedGroups, FakeTimeProvider time, string directory, bool ownsDirectory, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var services = BuildServices(scenario, deniedGroups, time, directory, settings);
        await services.GetRequiredService<SqliteDatabase>().InitializeAsync(CancellationToken.None);
        return new SandboxHarness(services, time, directory, ownsDirectory, scenario, deniedGroups);
    }
}
