using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SreBot.Shared.Estate.Azure.Http;

namespace SreBot.Shared.Estate.Azure;

public static class AzureRegistration
{
    /// <summary>
    /// Registers the Azure estate as the <see cref="IEstateProvider"/>: its options (section <c>Estate:Azure</c>, validated
    /// at start with <c>Agent:Subscription</c> and the associated groups), <see cref="DefaultAzureCredential"/> (managed
    /// identity in Azure, <c>az login</c> on a laptop; never a secret in configuration), one REST client per endpoint and
    /// one reader per concern. The host registers <see cref="TimeProvider"/>.
    /// </summary>
    public static IServiceCollection AddAzure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AzureEstateOptions>().Bind(configuration.GetSection(AzureEstateOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AzureEstateOptions>, AzureEstateOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.TryAddSingleton<AzureRestClients>();
        services.TryAddSingleton<AzureApiVersions>();
        services.TryAddSingleton<AzureResourceReader>();
        services.TryAddSingleton<AzureHealthReader>();
        services.TryAddSingleton<AzureMetricsReader>();
        services.TryAddSingleton<AzureActivityLogReader>();
        services.TryAddSingleton<Logs.AzureLogSearch>();
        services.TryAddSingleton<Permissions.AzureWritePermissions>();
        services.TryAddSingleton<Operations.AzureOperationPoller>();
        services.TryAddSingleton<Operations.AzureWriteOperations>();
        services.AddSingleton<IEstateProvider, AzureEstateProvider>();
        return services;
    }
}
