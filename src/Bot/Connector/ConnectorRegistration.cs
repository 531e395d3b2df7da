using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SreBot.Bot.Connector;

public static class ConnectorRegistration
{
    /// <summary>
    /// The outbound Bot Connector client. Its credential is SreBot's own Azure identity (managed identity, workload
    /// identity or a client certificate, as <see cref="DefaultAzureCredential"/> finds them; AZURE_CLIENT_ID selects a
    /// user-assigned managed identity) — never a secret in configuration.
    /// </summary>
    public static WebApplicationBuilder AddConnector(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<TokenCredential>(_ => new DefaultAzureCredential(new DefaultAzureCredentialOptions
        {
            ExcludeInteractiveBrowserCredential = true,
            ExcludeVisualStudioCredential = true,
            ExcludeVisualStudioCodeCredential = true,
        }));
        builder.Services.AddHttpClient<BotConnectorClient>(client => client.Timeout = TimeSpan.FromSeconds(30))
            .AddResilienceHandler("bot-connector", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 3,
                UseJitter = true,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromMilliseconds(500),
                ShouldRetryAfterHeader = true,
            }));
        return builder;
    }
}
