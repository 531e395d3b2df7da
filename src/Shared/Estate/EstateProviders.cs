namespace SreBot.Shared.Estate;

/// <summary>The values of <c>Estate:Provider</c>.</summary>
public static class EstateProviders
{
    public const string Sandbox = "Sandbox";

    /// <summary>A real subscription read with SreBot's own identity (section <c>Estate:Azure</c>).</summary>
    public const string Azure = "Azure";

    public static IReadOnlyList<string> All { get; } = [Sandbox, Azure];

    public static bool IsAzure(string? provider) => string.Equals(provider?.Trim(), Azure, StringComparison.OrdinalIgnoreCase);

    public static bool IsSandbox(string? provider) => string.IsNullOrWhiteSpace(provider) || string.Equals(provider.Trim(), Sandbox, StringComparison.OrdinalIgnoreCase);
}
