namespace SreBot.Shared.Storage.Keys;

/// <summary>A key replicas share: its file name in the data directory, and its secret name in Key Vault.</summary>
/// <param name="Description">What it is, for messages (never the key itself).</param>
public sealed record SharedKey(string FileName, string SecretName, string Description);
