namespace SreBot.EndToEnd.Tests.Harness;

/// <summary>
/// One server under test for a test collection, with a reader token and a token-forwarding proxy in front of it
/// for clients that cannot send headers of their own.
/// </summary>
/// <typeparam name="TServer">The server process: <see cref="BotProcess"/> for SreBot, or the reference server.</typeparam>
public sealed class McpServerFixture<TServer> : IAsyncLifetime
    where TServer : IServerUnderTest, new()
{
    public const string ReaderUser = "e2e-reader";

    private TokenForwardingProxy? proxy;
    private string? readerToken;

    public TServer Server { get; } = new();

    /// <summary>A token for <see cref="ReaderUser"/> with the reader role.</summary>
    public string ReaderToken => readerToken ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The proxy that adds <see cref="ReaderToken"/> to every request.</summary>
    public TokenForwardingProxy Proxy => proxy ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        try
        {
            await Server.InitializeAsync();
            readerToken = await Server.MintTokenAsync(ReaderUser, ["reader"], CancellationToken.None);
            proxy = await TokenForwardingProxy.StartAsync(Server.BaseAddress, readerToken, CancellationToken.None);
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
            proxy = null;
        }

        await Server.DisposeAsync();
    }
}
