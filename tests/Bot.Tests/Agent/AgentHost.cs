using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Audit;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Agent;

/// <summary>
/// SreBot with <c>Llm</c> pointing at a <see cref="ScriptedLlmServer"/> (the real OpenAI client over loopback HTTP), and a
/// <see cref="ConnectorRecorder"/> for what it says in chat.
/// </summary>
public sealed class AgentHost : IAsyncDisposable
{
    private AgentHost(SreBotApp app, ScriptedLlmServer model, ConnectorRecorder connector)
    {
        App = app;
        Model = model;
        Connector = connector;
    }

    public SreBotApp App { get; }

    public ScriptedLlmServer Model { get; }

    public ConnectorRecorder Connector { get; }

    public string ThreadId => new ConversationReference("msteams", Connector.ServiceUrl, ActivityBuilder.ConversationId, "personal", "tenant-1").ThreadId;

    public static async Task<AgentHost> StartAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null, TimeProvider? time = null)
    {
        var model = await ScriptedLlmServer.StartAsync();
        var connector = await ConnectorRecorder.StartAsync();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Llm:Kind"] = "OpenAICompatible",
            ["Llm:Endpoint"] = model.OpenAIEndpoint,
            ["Llm:Model"] = "scripted-model",
            ["Llm:ProgressAfterSeconds"] = "3600",
            ["Bot:LocalServiceUrls:0"] = connector.ServiceUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new AgentHost(new SreBotApp(all, time, services), model, connector);
    }

    /// <summary>Sends a chat message from Olga (reader + operator in local mode) and waits until the bot has handled it.</summary>
    public async Task SendAsync(string text)
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(Connector.ServiceUrl, text), TestContext.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Sends a chat message from Olga in another conversation (e.g. a group chat).</summary>
    public async Task SendAsync(string text, string conversationId, string conversationType)
    {
        var response = await App.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(Connector.ServiceUrl, text, conversationId: conversationId, conversationType: conversationType), TestContext.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>The bot's next plain-text reply (not a card, not the progress note).</summary>
    public Task<RecordedActivity> NextTextAsync()
        => Connector.NextAsync(a => a.Type == "message" && a.Card is null && a.Text != SreBot.Bot.Agent.AgentConversation.Progress);

    public async Task<IReadOnlyList<AuditRecord>> AuditAsync(string eventType, string? user = "local:aad-olga")
        => await App.Audit.QueryAsync(new AuditQuery(UserId: user, EventType: eventType), TestContext.Token);

    public async Task<JsonElement> TracesAsync()
        => await App.ClientFor("local:aad-olga", "reader").GetFromJsonAsync<JsonElement>($"/api/v1/threads/{ThreadId}/traces", TestContext.Token);

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        await Model.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
