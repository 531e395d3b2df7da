namespace SreBot.Shared.Estate;

/// <summary>The values of <c>Estate:Provider</c>.</summary>
public static class EstateProviders
{
    public const string Sandbox = "Sandbox";

    /// <summary>Recognised, but not built yet: the host refuses to start with it.</summary>
    public const string Azure = "Azure";

    public static IReadOnlyList<string> All { get; } = [Sandbox, Azure];

    public static bool IsSandbox(string? provider) => string.IsNullOrWhiteSpace(provider) || string.Equals(provider.Trim(), Sandbox, StringComparison.OrdinalIgnoreCase);
}
