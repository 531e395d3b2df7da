using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SreBot.Shared.Estate.Azure;
using SreBot.Shared.Estate.Sandbox;

namespace SreBot.Shared.Estate;

public static class EstateRegistration
{
    /// <summary>
    /// The estate provider chosen by <c>Estate:Provider</c> (validated at start): the Sandbox, with its options, schema
    /// and personal-data source, only when it is chosen; or Azure (<see cref="AzureRegistration.AddAzure"/>). Any other value stops the host at start with a message saying why;
    /// until then nothing can be read from an estate that is not there.
    /// </summary>
    public static IServiceCollection AddEstate(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EstateOptions>().BindConfiguration(EstateOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EstateOptions>, EstateOptionsValidator>());

        var provider = configuration.GetSection(EstateOptions.SectionName)[nameof(EstateOptions.Provider)];
        if (EstateProviders.IsSandbox(provider))
        {
            return services.AddSandbox(configuration);
        }

        if (EstateProviders.IsAzure(provider))
        {
            return services.AddAzure(configuration);
        }

        // The start-time validation refuses this host; reading the options here throws the same message if anything asks sooner.
        services.AddSingleton<IEstateProvider>(sp =>
        {
            _ = sp.GetRequiredService<IOptions<EstateOptions>>().Value;
            throw new InvalidOperationException("No estate provider is registered.");
        });
        return services;
    }
}
