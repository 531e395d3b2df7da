using System.Collections.Concurrent;
using Azure.Core;

namespace SreBot.Bot.Tests.Agent.External;

/// <summary>SreBot's Azure identity in tests: a known token, and a record of the scopes asked for.</summary>
public sealed class FixedTokenCredential(string token) : TokenCredential
{
    private readonly ConcurrentQueue<string> _scopes = new();

    public string Token => token;

    public IReadOnlyCollection<string> RequestedScopes => _scopes;

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            _scopes.Enqueue(scope);
        }

        return new AccessToken(token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
