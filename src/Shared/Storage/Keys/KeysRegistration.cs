using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SreBot.Shared.Storage.Keys;

public static class KeysRegistration
{
    /// <summary>
    /// Registers <see cref="ISharedKeyStore"/> chosen by <c>Storage:Keys:Source</c> (bound from configuration when one is
    /// present): the data directory, or Key Vault with the registered <see cref="TokenCredential"/> (else
    /// <see cref="DefaultAzureCredential"/>).
    /// </summary>
    public static IServiceCollection AddKeys(this IServiceCollection services)
    {
        services.AddOptions<KeyStorageOptions>()
            .Configure<IServiceProvider>((options, provider) =>
                provider.GetService<IConfiguration>()?.GetSection(KeyStorageOptions.SectionName).Bind(options))
            .Validate(o => o.IsValid, KeyStorageOptions.ValidationMessage)
            .ValidateOnStart();
        services.TryAddSingleton<ISharedKeyStore>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<KeyStorageOptions>>().Value;
            if (options.Source != KeySource.KeyVault)
            {
                return ActivatorUtilities.CreateInstance<DataDirectoryKeyStore>(provider);
            }

            var credential = provider.GetService<TokenCredential>() ?? new DefaultAzureCredential();
            return new KeyVaultKeyStore(
                KeyVaultKeyStore.CreateClient(options, credential), provider.GetRequiredService<ILogger<KeyVaultKeyStore>>());
        });
        return services;
    }
}
