using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SreBot.Bot.Activities;
using SreBot.Bot.Activities.Authentication;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>
/// A <see cref="BotConnectorAuthenticator"/> as the host registers it, reading metadata from an <see cref="OpenIdTestServer"/>,
/// on fake time, with a token minter on the same clock. Each harness has its own metadata cache.
/// </summary>
public sealed class BotAuthenticatorHarness : IAsyncDisposable
{
    public const string AppId = "5f1d3c2b-8a7e-4b6d-9c0f-1e2d3c4b5a69";

    private readonly ServiceProvider _services;

    /// <summary>A harness whose authenticator reads <paramref name="server"/>; <paramref name="settings"/> override section <c>Bot</c>.</summary>
    public static BotAuthenticatorHarness Create(OpenIdTestServer server, IDictionary<string, string?>? settings = null) => new(server, settings);

    private BotAuthenticatorHarness(OpenIdTestServer server, IDictionary<string, string?>? settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Bot:AppId"] = AppId,
                ["Bot:OpenIdMetadataUrl"] = server.MetadataUrl,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Time)
            .AddLogging()
            .AddActivities()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Authenticator = _services.GetRequiredService<BotConnectorAuthenticator>();
        Tokens = new BotTokenMinter(AppId, Time);
    }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public BotConnectorAuthenticator Authenticator { get; }

    public BotTokenMinter Tokens { get; }

    public Task<BotTokenValidationResult> ValidateAsync(string token, CancellationToken cancellationToken)
        => Authenticator.ValidateTokenAsync("Bearer " + token, cancellationToken);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
