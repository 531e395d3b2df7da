namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>The harness self-test's setting: the in-process <see cref="EchoBot"/> behind a Playground, and a client of that Playground.</summary>
public sealed class EchoBotPlaygroundFixture : IAsyncLifetime
{
    private EchoBot? bot;
    private PlaygroundProcess? playground;
    private PlaygroundClient? client;

    public EchoBot Bot => bot ?? throw new InvalidOperationException("The fixture is not initialised.");

    public PlaygroundClient Client => client ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        bot = await EchoBot.StartAsync(timeout.Token);
        playground = await PlaygroundProcess.StartAsync(bot.Endpoint, PlaygroundTenant.OperatorAtTheKeyboard, timeout.Token);
        client = await PlaygroundClient.ConnectAsync(playground, timeout.Token);
    }

    public async Task DisposeAsync()
    {
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
