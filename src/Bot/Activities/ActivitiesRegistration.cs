using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SreBot.Bot.Activities.Authentication;

namespace SreBot.Bot.Activities;

public static class ActivitiesRegistration
{
    private static readonly TimeSpan MetadataTimeout = TimeSpan.FromSeconds(10);
    private const long MaxMetadataBytes = 1024 * 1024;

    /// <summary>
    /// The Bot Connector activity protocol: registers <see cref="BotOptions"/> (section <c>Bot</c>, validated at start), <see cref="BotConnectorAuthenticator"/>,
    /// <see cref="ServiceUrlPolicy"/> and the metadata source with its own <see cref="HttpClient"/>.
    /// </summary>
    public static IServiceCollection AddActivities(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, BotOptionsValidator>());
        services.AddHttpClient(BotConnectorMetadata.HttpClientName, client =>
            {
                client.Timeout = MetadataTimeout;
                client.MaxResponseContentBufferSize = MaxMetadataBytes;
            })
            // The configuration manager keeps its client for the process lifetime: recycle connections so DNS changes are seen.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) });

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ServiceUrlPolicy>();
        services.TryAddSingleton<BotConnectorMetadata>();
        services.TryAddSingleton<BotConnectorAuthenticator>();
        return services;
    }

    /// <summary>The Bot Connector messages endpoint (<c>/api/messages</c>).</summary>
    public static WebApplication MapActivities(this WebApplication app) => MessagesEndpoint.Map(app);
}
