using SreBot.Bot.Tests.Agent;
using SreBot.EndToEnd.Tests.Harness;
using SreBot.EndToEnd.Tests.Playground;

namespace SreBot.EndToEnd.Tests.Agent;

/// <summary>The real SreBot process with <c>Llm</c> pointing at a scripted OpenAI-compatible model on loopback, behind the Playground.</summary>
public sealed class AgentPlaygroundFixture : SreBotPlaygroundFixture
{
    private readonly int modelPort;
    private ScriptedLlmServer? model;

    public AgentPlaygroundFixture()
        : this(LoopbackPort.Next())
    {
    }

    private AgentPlaygroundFixture(int port)
        : base(PlaygroundTenant.OperatorAtTheKeyboard, new Dictionary<string, string?>
        {
            ["Llm__Kind"] = "OpenAICompatible",
            ["Llm__Endpoint"] = $"http://127.0.0.1:{port}/v1",
            ["Llm__Model"] = "scripted-model",
        })
        => modelPort = port;

    public ScriptedLlmServer Model => model ?? throw new InvalidOperationException("The fixture is not initialised.");

    public override async Task InitializeAsync()
    {
        model = await ScriptedLlmServer.StartAsync(port: modelPort);
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (model is not null)
        {
            await model.DisposeAsync();
        }
    }
}
