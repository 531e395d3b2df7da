namespace SreBot.Shared.Storage.Keys;

/// <summary>Where the keys replicas must share live (<c>Storage:Keys:Source</c>); never in the database they protect.</summary>
public enum KeySource
{
    /// <summary>Files in the data directory (the default). With several replicas the data directory must be one shared, mounted volume.</summary>
    DataDirectory,

    /// <summary>Secrets of one Azure Key Vault (<c>Storage:Keys:KeyVaultUri</c>), read with the host's Azure identity.</summary>
    KeyVault,
}
