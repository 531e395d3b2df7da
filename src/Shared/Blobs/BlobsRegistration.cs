using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SreBot.Shared.Blobs;

public static class BlobsRegistration
{
    /// <summary>
    /// The blob store chosen by <c>Storage:Blobs:Kind</c>: the local folder (default) or Azure Blob Storage. The settings
    /// are validated at start, so a connection string with a real account key stops the host with a clear message.
    /// </summary>
    public static IServiceCollection AddBlobs(this IServiceCollection services)
    {
        services.AddOptions<BlobStoreOptions>().BindConfiguration(BlobStoreOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BlobStoreOptions>, BlobStoreOptionsValidator>();
        services.AddSingleton<LocalFolderBlobStore>();
        services.AddSingleton<AzureBlobStore>();
        services.AddSingleton<IBlobStore>(sp => sp.GetRequiredService<IOptions<BlobStoreOptions>>().Value.Kind == BlobStoreKind.AzureBlob
            ? sp.GetRequiredService<AzureBlobStore>()
            : sp.GetRequiredService<LocalFolderBlobStore>());
        return services;
    }
}
