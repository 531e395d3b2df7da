using System.Net;

namespace SreBot.Bot.Connector;

/// <summary>Loopback checks for local mode: URLs whose host is <c>localhost</c> or a loopback IP.</summary>
public static class LoopbackAddresses
{
    public static bool IsLoopbackUrl(string? url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri)
           && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
           && uri.UserInfo.Length == 0
           && IsLoopbackHost(uri.Host);

    public static bool IsLoopbackHost(string host)
        => string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
           || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
