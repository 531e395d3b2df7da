using SreBot.EndToEnd.Tests.Harness;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// The real SreBot (a separate process in local mode, a fresh data directory) with the Playground in front of its
/// <c>/api/messages</c>, a client of that Playground and SreBot's admin API.
/// The Playground's port is chosen first: SreBot's local mode serves only the connector URL it is told
/// (<c>Bot__LocalServiceUrls</c>).
/// </summary>
/// <param name="settings">Extra configuration for the bot process (environment variables, e.g. <c>Llm__Kind</c>).</param>
public abstract class SreBotPlaygroundFixture(PlaygroundTenant tenant, IReadOnlyDictionary<string, string?>? settings = null) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private readonly int playgroundPort = LoopbackPort.Next();
    private BotProcess? bot;
    private PlaygroundProcess? playground;
    private PlaygroundClient? client;
    private SreBotAdminApi? admin;

    public BotProcess Bot => bot ?? throw new InvalidOperationException("The fixture is not initialised.");

    public PlaygroundClient Client => client ?? throw new InvalidOperationException("The fixture is not initialised.");

    public SreBotAdminApi Admin => admin ?? throw new InvalidOperationException("The fixture is not initialised.");

    public PlaygroundProcess Playground => playground ?? throw new InvalidOperationException("The fixture is not initialised.");

    public virtual async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        bot = new BotProcess(null, new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Bot__LocalServiceUrls__0"] = PlaygroundProcess.ConnectorUrl(playgroundPort),
        });
        await bot.InitializeAsync();
        playground = await PlaygroundProcess.StartAsync(new Uri(bot.BaseAddress, "api/messages"), tenant, timeout.Token, playgroundPort);
        client = await PlaygroundClient.ConnectAsync(playground, timeout.Token);
        admin = await SreBotAdminApi.CreateAsync(bot, timeout.Token);
    }

    /// <summary>The websocket events since <paramref name="mark"/>, the Playground's and SreBot's output, for assertion messages.</summary>
    public string Describe(int mark = 0) => $"{Client.Describe(mark)}\n\nSreBot:\n{Bot.Describe()}";

    public virtual async Task DisposeAsync()
    {
        admin?.Dispose();
        if (client is not null)
        {
            await client.DisposeAsync();
        }

        if (playground is not null)
        {
            await playground.DisposeAsync();
        }

        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }
}
