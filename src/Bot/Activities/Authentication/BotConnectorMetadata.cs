using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace SreBot.Bot.Activities.Authentication;

/// <summary>
/// The Bot Connector OpenID metadata and signing keys, cached and refreshed by <see cref="ConfigurationManager{T}"/>
/// (every 12 hours, and at most every 5 minutes on request when a token names an unknown key). Until the first
/// successful fetch, <see cref="GetAsync"/> throws, so callers fail closed; afterwards the last good keys are used
/// while the endpoint is unreachable.
/// </summary>
public sealed class BotConnectorMetadata
{
    /// <summary>Name of the <see cref="HttpClient"/> used for the metadata and key documents.</summary>
    public const string HttpClientName = "BotConnectorMetadata";

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _configuration;

    public BotConnectorMetadata(IOptions<BotOptions> options, IHttpClientFactory httpClients)
    {
        var url = options.Value.OpenIdMetadataUrl;
        var retriever = new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            // Plain http is accepted only for a loopback address (tests); options validation refuses anything else.
            RequireHttps = !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback && uri.Scheme == Uri.UriSchemeHttp),
        };
        _configuration = new ConfigurationManager<OpenIdConnectConfiguration>(url, new OpenIdConnectConfigurationRetriever(), retriever);
    }

    /// <summary>The current metadata; throws when it has never been fetched successfully.</summary>
    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) => _configuration.GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for a refresh (rate-limited by the configuration manager), e.g. after a token named an unknown key.</summary>
    public void RequestRefresh() => _configuration.RequestRefresh();
}
