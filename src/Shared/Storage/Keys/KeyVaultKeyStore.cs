using System.Security.Cryptography;
using Azure;
using Azure.Core;
using Azure.Security.KeyVault.Secrets;
using Microsoft.Extensions.Logging;

namespace SreBot.Shared.Storage.Keys;

/// <summary>
/// Shared keys as secrets of one Azure Key Vault, read with the host's Azure identity (managed identity on Azure; the
/// identity needs "Key Vault Secrets Officer", or get/list/set secret permissions). A key is the secret's earliest
/// enabled version: Key Vault cannot create a secret only if it is absent, so replicas that race to create one may each
/// add a version; all of them then use the first one, and the later versions are never read. Random keys are stored as
/// base64 (content type <see cref="Base64ContentType"/>), text keys as they are.
/// </summary>
internal sealed class KeyVaultKeyStore(SecretClient client, ILogger<KeyVaultKeyStore> logger) : ISharedKeyStore
{
    public const string Base64ContentType = "application/octet-stream; base64";

    public byte[] LoadOrCreate(SharedKey key)
    {
        var value = Convert.FromBase64String(LoadOrCreate(key, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyFile.KeyLength)), Base64ContentType));
        return value.Length == KeyFile.KeyLength
            ? value
            : throw new InvalidDataException($"The Key Vault secret {key.SecretName} ({key.Description}) does not hold a key of the expected length.");
    }

    public string LoadOrCreateText(SharedKey key, Func<string> create) => LoadOrCreate(key, create, contentType: null);

    private string LoadOrCreate(SharedKey key, Func<string> create, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(create);
        if (FirstVersion(key.SecretName) is not { } version)
        {
            var secret = new KeyVaultSecret(key.SecretName, create());
            secret.Properties.ContentType = contentType;
            client.SetSecret(secret);
            logger.KeySecretCreated(key.Description, key.SecretName);
            version = FirstVersion(key.SecretName)
                ?? throw new InvalidOperationException($"The Key Vault secret {key.SecretName} ({key.Description}) was set but has no enabled version.");
        }

        return client.GetSecret(key.SecretName, version).Value.Value;
    }

    /// <summary>The earliest enabled version (by creation time, then version id), or null when the secret has none.</summary>
    private string? FirstVersion(string name)
    {
        try
        {
            return client.GetPropertiesOfSecretVersions(name)
                .Where(p => p.Enabled != false)
                .OrderBy(p => p.CreatedOn ?? DateTimeOffset.MaxValue)
                .ThenBy(p => p.Version, StringComparer.Ordinal)
                .Select(p => p.Version)
                .FirstOrDefault();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
    }

    /// <summary>The client for the configured vault over <paramref name="credential"/> (challenge-based authentication, as the SDK does it).</summary>
    public static SecretClient CreateClient(KeyStorageOptions options, TokenCredential credential)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new SecretClient(options.KeyVaultUri, credential, new SecretClientOptions
        {
            DisableChallengeResourceVerification = options.DisableChallengeResourceVerification,
        });
    }
}
