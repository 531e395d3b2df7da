using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Shared;

namespace SreBot.Testing.Stores;

/// <summary>
/// The core services as a host composes them (<see cref="SreBotSharedRegistration.AddSreBotShared"/>) from these settings, on
/// the given clock, then what <paramref name="configure"/> adds (a project's own stores): what every test store host builds on.
/// </summary>
public static class StoreHostServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider time, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time);
        services.AddLogging();
        services.AddSreBotShared(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
