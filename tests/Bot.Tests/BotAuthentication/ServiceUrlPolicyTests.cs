using Microsoft.Extensions.Options;
using SreBot.Bot.Activities.Authentication;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>Allowed service URLs match parsed scheme, host, port and whole path segments: no string-prefix tricks.</summary>
public sealed class ServiceUrlPolicyTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/emea/v3/conversations", true)]
    [InlineData("https://SMBA.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net", true)]
    [InlineData("https://smba.trafficmanager.net.evil.example/amer/", false)]
    [InlineData("https://smba.trafficmanager.net@evil.example/amer/", false)]
    [InlineData("https://evil.example/https://smba.trafficmanager.net/", false)]
    [InlineData("https://evil.example/?u=https://smba.trafficmanager.net/", false)]
    [InlineData("https://smba.trafficmanager.net:8443/amer/", false)]
    [InlineData("http://smba.trafficmanager.net/amer/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/?x=1", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void DefaultTeamsPrefix(string? serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, Policy().IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("https://service.example/amer", true)]
    [InlineData("https://service.example/amer/", true)]
    [InlineData("https://service.example/amer/v3", true)]
    [InlineData("https://service.example/americas/", false)]
    [InlineData("https://service.example/amer/../emea/", false)]
    [InlineData("https://service.example/", false)]
    public void PrefixMatchesWholePathSegments(string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, Policy("https://service.example/amer").IsAllowed(serviceUrl));
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://SMBA.trafficmanager.net/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net:443/amer/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/AMER/", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/x", false)]
    public void SameServiceUrl_IsAnExactParsedComparison(string first, string second, bool same)
    {
        Assert.Equal(same, ServiceUrlPolicy.AreSame(first, second));
    }

    [Theory]
    [InlineData("http://localhost:56150/_connector", true)]
    [InlineData("http://127.0.0.1:56150/_connector/v3/conversations/c/activities", true)]
    [InlineData("http://127.0.0.1:56151/_connector", false)]
    [InlineData("http://127.0.0.1:56150/", false)]
    [InlineData("http://127.0.0.1:56150/_connectors", false)]
    [InlineData("http://127.0.0.1:5080/api/v1/agent/mode", false)]
    [InlineData("https://smba.trafficmanager.net/amer/", false)]
    public void LocalMode_ServesOnlyThePlaygroundsConnector_ByDefault(string serviceUrl, bool allowed)
    {
        Assert.Equal(allowed, new ServiceUrlPolicy(Options.Create(new BotOptions())).IsAllowed(serviceUrl));
    }

    // With an app id (the authenticated channel), the prefixes are Bot:AllowedServiceUrls.
    private static ServiceUrlPolicy Policy(params string[] prefixes)
        => new(Options.Create(new BotOptions { AppId = "00000000-0000-0000-0000-00000000b07f", AllowedServiceUrls = [.. prefixes] }));
}
