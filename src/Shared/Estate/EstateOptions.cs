namespace SreBot.Shared.Estate;

/// <summary>Section <c>Estate</c>: which estate provider the host uses. Validated at start.</summary>
public sealed class EstateOptions
{
    public const string SectionName = "Estate";

    /// <summary><c>Sandbox</c> (the default, a simulated estate) or <c>Azure</c> (a real subscription, section <c>Estate:Azure</c>).</summary>
    public string Provider { get; set; } = EstateProviders.Sandbox;
}
