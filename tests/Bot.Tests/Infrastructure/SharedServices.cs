using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared;
using SreBot.Shared.Storage;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>
/// The shared services (stores, audit, blobs) over a fresh data directory, without a web host; <c>configure</c>
/// adds the Bot's own stores where a test needs them.
/// </summary>
public sealed class SharedServices : IAsyncLifetime
{
    public SharedServices(IDictionary<string, string?>? settings = null, TimeProvider? time = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["SreBot:DataDirectory"] = DataDirectory };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration).AddSreBotShared(configuration);
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        configure?.Invoke(services);

        Provider = services.BuildServiceProvider();
    }

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("srebot-shared-").FullName;

    public ServiceProvider Provider { get; }

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    public async Task InitializeAsync() => await Get<SqliteDatabase>().InitializeAsync(TestContext.Token);

    public async Task DisposeAsync()
    {
        await Provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS later.
        }
    }
}
