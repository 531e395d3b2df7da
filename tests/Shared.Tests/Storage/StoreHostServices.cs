using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace SreBot.Shared.Tests.Storage;

/// <summary>The core services as a host composes them (<see cref="SreBotSharedRegistration.AddSreBotShared"/>) from these settings, on the given clock: what every test store host builds on.</summary>
internal static class StoreHostServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton(time);
        services.AddLogging();
        services.AddSreBotShared(configuration);
        return services.BuildServiceProvider();
    }
}
