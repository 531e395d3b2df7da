using Microsoft.Extensions.Options;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>
/// Which Bot Connector service URLs SreBot talks to. URLs are compared parsed, never as raw string prefixes: scheme,
/// host and port must be equal, and an allowed prefix matches whole path segments only, so
/// <c>https://smba.trafficmanager.net.evil.example/</c>, <c>https://smba.trafficmanager.net@evil.example/</c> or
/// <c>/amer</c> against <c>/americas</c> do not match. The outbound connector client must ask
/// <see cref="IsAllowed"/> before every request. With an app id the prefixes are <c>Bot:AllowedServiceUrls</c>; in local
/// mode <c>Bot:LocalServiceUrls</c> (the Playground's connector), so a local activity cannot aim replies at another port.
/// </summary>
public sealed class ServiceUrlPolicy(IOptions<BotOptions> options)
{
    private readonly Uri[] _prefixes = [.. options.Value.ResolveServiceUrls().Select(p => TryParse(p, out var uri) ? uri : null).OfType<Uri>()];

    /// <summary>True when <paramref name="serviceUrl"/> is under one of the allowed prefixes.</summary>
    public bool IsAllowed(string? serviceUrl)
        => TryParse(serviceUrl, out var url) && url.Query.Length == 0 && _prefixes.Any(prefix => IsUnder(url, prefix));

    /// <summary>Same service: equal scheme, host (case-insensitive), port, path and query after URI normalisation.</summary>
    public static bool AreSame(string? first, string? second)
        => TryParse(first, out var a) && TryParse(second, out var b)
            && Uri.Compare(a, b, UriComponents.HttpRequestUrl, UriFormat.UriEscaped, StringComparison.Ordinal) == 0;

    /// <summary>What <see cref="BotOptions.AllowedServiceUrls"/> accepts: https (http on loopback), no query.</summary>
    public static bool IsValidPrefix(string? prefix)
        => BotOptionsValidator.IsHttpsOrLoopbackHttp(prefix) && TryParse(prefix, out var uri) && uri.Query.Length == 0;

    private static bool IsUnder(Uri url, Uri prefix)
    {
        if (Uri.Compare(url, prefix, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return false;
        }

        var path = url.AbsolutePath;
        var prefixPath = prefix.AbsolutePath.EndsWith('/') ? prefix.AbsolutePath : prefix.AbsolutePath + "/";
        return path.StartsWith(prefixPath, StringComparison.Ordinal) || string.Equals(path + "/", prefixPath, StringComparison.Ordinal);
    }

    private static bool TryParse(string? value, out Uri uri)
    {
        uri = null!;
        if (string.IsNullOrWhiteSpace(value) || !Uri.TryCreate(value, UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if ((parsed.Scheme != Uri.UriSchemeHttps && parsed.Scheme != Uri.UriSchemeHttp) || parsed.UserInfo.Length > 0 || parsed.Fragment.Length > 0)
        {
            return false;
        }

        uri = parsed;
        return true;
    }
}
