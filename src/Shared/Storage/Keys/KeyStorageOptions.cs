namespace SreBot.Shared.Storage.Keys;

/// <summary>Where shared keys live (section <c>Storage:Keys</c>); see docs/scale-out.md, "Keys".</summary>
public sealed class KeyStorageOptions
{
    public const string SectionName = "Storage:Keys";

    public KeySource Source { get; set; } = KeySource.DataDirectory;

    /// <summary>The vault, e.g. <c>https://my-vault.vault.azure.net/</c>; required when <see cref="Source"/> is <see cref="KeySource.KeyVault"/>.</summary>
    public Uri? KeyVaultUri { get; set; }

    /// <summary>
    /// Skips the SDK's check that the vault's authentication challenge names a resource whose domain the vault's host is
    /// under (<c>*.vault.azure.net</c>). Only for a vault reached under another name (a custom domain, a proxy, a loopback
    /// test fake); off by default.
    /// </summary>
    public bool DisableChallengeResourceVerification { get; set; }

    public const string ValidationMessage =
        "Storage:Keys:KeyVaultUri must be an absolute https URI when Storage:Keys:Source is KeyVault.";

    public bool IsValid => Source != KeySource.KeyVault || KeyVaultUri is { IsAbsoluteUri: true, Scheme: "https" };
}
