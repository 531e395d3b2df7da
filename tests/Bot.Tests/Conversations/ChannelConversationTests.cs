using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SreBot.Bot.Tests.Infrastructure;
using SreBot.Shared.Conversations;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>Team channels SreBot is installed in or spoken to in are remembered with their team and channel ids.</summary>
public sealed class ChannelConversationTests : IAsyncLifetime, IDisposable
{
    private const string TeamId = "19:team-ops@thread.tacv2";
    private const string ChannelId = "19:incidents@thread.tacv2";

    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task MessageInATeamChannel_RemembersTheChannel_AsAConversationToPostTo()
    {
        await Send(InChannel(ActivityBuilder.Message(_connector.ServiceUrl, "help", conversationId: $"{ChannelId};messageid=1700000000000", conversationType: "channel")));
        var reply = await _connector.NextAsync();

        var channel = Assert.Single(await Store.ChannelConversationsAsync(TestContext.Token));
        Assert.Equal(TeamId, channel.TeamId);
        Assert.Equal(ChannelId, channel.TeamsChannelId);
        Assert.Equal(ChannelId, channel.Conversation.ConversationId);
        Assert.Equal("channel", channel.Conversation.ConversationType);
        Assert.Equal(_connector.ServiceUrl, channel.Conversation.ServiceUrl);
        Assert.Equal($"{ChannelId};messageid=1700000000000", reply.ConversationId);
    }

    [Fact]
    public async Task InstallInATeam_RemembersTheChannel()
    {
        var install = JsonNode.Parse(JsonSerializer.Serialize(ActivityBuilder.Message(_connector.ServiceUrl, "", conversationId: ChannelId, conversationType: "channel")))!;
        install["type"] = "conversationUpdate";
        install["membersAdded"] = new JsonArray(new JsonObject { ["id"] = ActivityBuilder.BotId });
        await Send(InChannel(install));
        await _connector.NextAsync();

        var channel = Assert.Single(await Store.ChannelConversationsAsync(TestContext.Token));
        Assert.Equal(TeamId, channel.TeamId);
        Assert.Equal(ChannelId, channel.Conversation.ConversationId);
    }

    [Fact]
    public async Task PersonalChat_IsNoChannel()
    {
        await Send(InChannel(ActivityBuilder.Message(_connector.ServiceUrl, "help")));
        await _connector.NextAsync();

        Assert.Empty(await Store.ChannelConversationsAsync(TestContext.Token));
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private IConversationStore Store => _app.Services.GetRequiredService<IConversationStore>();

    private static JsonNode InChannel(object activity)
    {
        var node = activity as JsonNode ?? JsonNode.Parse(JsonSerializer.Serialize(activity))!;
        node["channelData"] = new JsonObject
        {
            ["team"] = new JsonObject { ["id"] = TeamId, ["name"] = "Ops" },
            ["channel"] = new JsonObject { ["id"] = ChannelId, ["name"] = "Incidents" },
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
        };
        return node;
    }

    private Task<HttpResponseMessage> Send(JsonNode activity)
        => _app.CreateClient().PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), TestContext.Token);
}
