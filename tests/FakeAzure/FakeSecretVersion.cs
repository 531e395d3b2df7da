namespace SreBot.FakeAzure;

/// <summary>One version of a fake Key Vault secret.</summary>
public sealed record FakeSecretVersion(string Version, string Value, string? ContentType, DateTimeOffset Created, bool Enabled = true);
