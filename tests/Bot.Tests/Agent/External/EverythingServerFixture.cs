using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.Bot.Tests.Agent.External;

/// <summary>
/// The reference MCP server (@modelcontextprotocol/server-everything over Streamable HTTP) behind a loopback proxy that
/// records the Authorization header SreBot sends (and never forwards it).
/// </summary>
public sealed class EverythingServerFixture : IAsyncLifetime
{
    private TokenForwardingProxy? _proxy;

    public EverythingServerProcess Server { get; } = new();

    public TokenForwardingProxy Proxy => _proxy ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        await Server.InitializeAsync();
        _proxy = await TokenForwardingProxy.StartAsync(Server.BaseAddress, "proxy-to-reference-server", CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }

        await Server.DisposeAsync();
    }
}
