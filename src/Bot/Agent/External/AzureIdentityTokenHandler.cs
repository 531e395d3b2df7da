using System.Net.Http.Headers;
using Azure.Core;

namespace SreBot.Bot.Agent.External;

/// <summary>
/// Sets <c>Authorization: Bearer</c> on every request to an external MCP server with a token for one scope from SreBot's
/// own Azure identity. Whatever Authorization header a request carried before is replaced, so a user's token can never
/// travel on. Tokens are reused until five minutes before they expire.
/// </summary>
public sealed class AzureIdentityTokenHandler(TokenCredential credential, string scope, TimeProvider time) : DelegatingHandler
{
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _token;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return await base.SendAsync(request, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }

        base.Dispose(disposing);
    }

    private async Task<AccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_token is not { } token || token.ExpiresOn - RefreshMargin <= time.GetUtcNow())
            {
                token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken);
                _token = token;
            }

            return token;
        }
        finally
        {
            _gate.Release();
        }
    }
}
