namespace SreBot.Shared.Storage.Keys;

/// <summary>
/// Where the keys several replicas must share are kept (<see cref="KeyStorageOptions"/>): read, or created once if absent.
/// Replicas that race to create a key all end up with the same one.
/// </summary>
public interface ISharedKeyStore
{
    /// <summary>The key's <see cref="KeyFile.KeyLength"/> random bytes, created on first use.</summary>
    byte[] LoadOrCreate(SharedKey key);

    /// <summary>The key as text (a PEM), made by <paramref name="create"/> on first use.</summary>
    string LoadOrCreateText(SharedKey key, Func<string> create);
}
