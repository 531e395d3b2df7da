using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Bot.Cards.Templates;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Conversations;

/// <summary>Installing SreBot in a personal chat, a group chat or a team answers with one welcome card: what it does, the mode, how to get a role.</summary>
public sealed class WelcomeTests : IAsyncLifetime, IDisposable
{
    private const string HostileTeamName = "Ops **bold** [click](http://evil) ![x](http://evil)";

    private readonly SreBotApp _app = new();
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Theory]
    [InlineData("personal", "a:personal-chat-1", "Getting a role")]
    [InlineData("groupChat", "19:group@thread.v2", "In this chat")]
    [InlineData("channel", "19:general@thread.tacv2", "In this team")]
    public async Task Install_SendsOneWelcomeCard_WithTheModeAndHowToGetARole(string conversationType, string conversationId, string wording)
    {
        await Send(Install(conversationType, conversationId, "conversationUpdate"));
        await Send(Install(conversationType, conversationId, "installationUpdate"));
        await Send(JsonNode.Parse(JsonSerializer.Serialize(ActivityBuilder.Message(_connector.ServiceUrl, "whoami", conversationId: conversationId, conversationType: conversationType)))!);
        var whoami = await _connector.NextAsync(a => a.Text?.Contains("local:aad-olga", StringComparison.Ordinal) == true || a.AllText.Contains("local:aad-olga", StringComparison.Ordinal));

        var welcome = Assert.Single(_connector.All, a => a.AllText.Contains(WelcomeCard.Title, StringComparison.Ordinal));
        Assert.NotNull(welcome.Card);
        Assert.Contains("Mode: Reader", welcome.AllText, StringComparison.Ordinal);
        Assert.Contains(wording, welcome.AllText, StringComparison.Ordinal);
        Assert.Contains("help", welcome.AllText, StringComparison.Ordinal);
        Assert.NotEqual(whoami.Id, welcome.Id);
    }

    [Fact]
    public async Task InstallInATeam_NamesTheTeam_AsATextRun_NeverAsMarkdown()
    {
        await Send(Install("channel", "19:general@thread.tacv2", "conversationUpdate"));

        var card = (await _connector.NextAsync()).Card!.Value;
        var runs = card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "RichTextBlock")
            .SelectMany(e => e.GetProperty("inlines").EnumerateArray())
            .Select(r => r.GetProperty("text").GetString())
            .ToList();
        Assert.Contains(HostileTeamName, runs);
        var textBlocks = card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "TextBlock").Select(e => e.GetProperty("text").GetString()!);
        Assert.DoesNotContain(textBlocks, t => t.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Welcome_ShowsPrivilegedMode_WhenTheAgentIsPrivileged()
    {
        await _app.SetModeAsync("Privileged");

        await Send(Install("personal", "a:personal-chat-1", "conversationUpdate"));

        Assert.Contains("Mode: Privileged", (await _connector.NextAsync()).AllText, StringComparison.Ordinal);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private JsonNode Install(string conversationType, string conversationId, string type)
    {
        var install = JsonNode.Parse(JsonSerializer.Serialize(ActivityBuilder.Message(_connector.ServiceUrl, "", conversationId: conversationId, conversationType: conversationType)))!;
        install["type"] = type;
        install.AsObject().Remove("text");
        if (type == "conversationUpdate")
        {
            install["membersAdded"] = new JsonArray(new JsonObject { ["id"] = ActivityBuilder.BotId });
        }
        else
        {
            install["action"] = "add";
        }

        if (conversationType == "channel")
        {
            install["channelData"] = new JsonObject
            {
                ["team"] = new JsonObject { ["id"] = "19:team-ops@thread.tacv2", ["name"] = HostileTeamName },
                ["channel"] = new JsonObject { ["id"] = conversationId },
            };
        }

        return install;
    }

    private Task<HttpResponseMessage> Send(JsonNode activity)
        => _app.CreateClient().PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"), TestContext.Token);
}
