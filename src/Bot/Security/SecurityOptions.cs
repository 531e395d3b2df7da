namespace SreBot.Bot.Security;

/// <summary>Browser-facing protections (section <c>Security</c>). Allowed hosts are the standard <c>AllowedHosts</c> setting.</summary>
public sealed class SecurityOptions
{
    public const string SectionName = "Security";

    /// <summary>
    /// Origins allowed to call SreBot from a browser besides its own (e.g. an admin front end).
    /// A request with any other <c>Origin</c> header is refused with 403, which stops DNS-rebinding and cross-site calls.
    /// </summary>
    public List<string> AllowedOrigins { get; set; } = [];

    /// <summary>Largest request body accepted, in bytes; larger bodies get 413 before they are read.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;
}
