using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.BotAuthentication;

/// <summary>A fresh loopback OpenID/JWKS server and the authenticator as the host registers it, for each test.</summary>
public abstract class BotAuthenticatorTestBase : IAsyncLifetime
{
    protected OpenIdTestServer Server { get; private set; } = null!;

    protected BotAuthenticatorHarness Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = await OpenIdTestServer.StartAsync(TestContext.Token);
        Bot = BotAuthenticatorHarness.Create(Server);
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Server.DisposeAsync();
    }
}
