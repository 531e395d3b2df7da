using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// The Playground harness proved against the in-process <see cref="EchoBot"/>, independently of SreBot: what the
/// Playground sends to a bot, how replies, card actions and message updates come back, and that it stays on loopback.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class PlaygroundHarnessTests(EchoBotPlaygroundFixture fixture) : IClassFixture<EchoBotPlaygroundFixture>
{
    private readonly PlaygroundClient client = fixture.Client;

    [Fact]
    public async Task PersonalChatMessage_ReachesTheBotAsTheCurrentUser_AndTheBotsReplyArrivesOnTheWebsocket()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var config = client.Config;
        var text = $"hello {Guid.NewGuid():N}";
        var mark = client.Mark();

        await client.SendMessageAsync(config.PersonalChatId, text, mentionBot: false, timeout.Token);
        var reply = await client.WaitForBotMessageAsync(
            config.PersonalChatId, mark, m => m.ReadableText.Contains($"echo: {text}", StringComparison.Ordinal), "echo card", timeout.Token);

        Assert.Single(reply.AdaptiveCards);
        var activity = Assert.Single(fixture.Bot.ReceivedActivities, a => a["text"]?.GetValue<string>() == text);
        Assert.Equal("message", activity["type"]?.GetValue<string>());
        Assert.Equal("msteams", activity["channelId"]?.GetValue<string>());
        Assert.Equal(PlaygroundPeople.Operator.AadObjectId, activity["from"]?["aadObjectId"]?.GetValue<string>());
        Assert.Equal("personal", activity["conversation"]?["conversationType"]?.GetValue<string>());
        Assert.Equal(new Uri(client.Playground.BaseAddress, "_connector").ToString(), activity["serviceUrl"]?.GetValue<string>());
    }

    [Fact]
    public async Task CardAction_FromAnotherUserInTheGroupChat_ReturnsTheBotsCard_AndTheUpdatedMessageArrives()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var config = client.Config;
        var approver = PlaygroundPeople.Approver;
        var text = $"please approve {Guid.NewGuid():N}";
        var mark = client.Mark();

        await client.SendMessageAsync(config.GroupChatId, text, mentionBot: true, timeout.Token);
        var card = await client.WaitForBotMessageAsync(
            config.GroupChatId, mark, m => m.ReadableText.Contains(text, StringComparison.Ordinal), "echo card in the group chat", timeout.Token);
        var result = await client.ExecuteCardActionAsync(
            config.GroupChatId, approver, card.MessageId, EchoBot.ApproveVerb, new JsonObject { ["approvalId"] = EchoBot.EchoApprovalId }, timeout.Token);
        var update = await client.WaitForUpdateAsync(config.GroupChatId, mark, m => m.MessageId == card.MessageId, "update of the echo card", timeout.Token);

        Assert.True(result.IsCard, result.ToString());
        Assert.Contains($"approved by {approver.Name}", result.ReadableText, StringComparison.Ordinal);
        Assert.Contains($"updated after {approver.Name} approved", update.ReadableText, StringComparison.Ordinal);
        // Messages always come from the current user; card actions from whoever clicked.
        var message = Assert.Single(fixture.Bot.ReceivedActivities, a => a["text"]?.GetValue<string>()?.Contains(text, StringComparison.Ordinal) == true);
        Assert.Equal(config.CurrentUser.AadObjectId, message["from"]?["aadObjectId"]?.GetValue<string>());
        var invoke = Assert.Single(fixture.Bot.ReceivedActivities, a => a["replyToId"]?.GetValue<string>() == card.MessageId);
        Assert.Equal("adaptiveCard/action", invoke["name"]?.GetValue<string>());
        Assert.Equal(approver.AadObjectId, invoke["from"]?["aadObjectId"]?.GetValue<string>());
        Assert.Equal("groupChat", invoke["conversation"]?["conversationType"]?.GetValue<string>());
        Assert.Equal(EchoBot.EchoApprovalId, invoke["value"]?["action"]?["data"]?["approvalId"]?.GetValue<string>());
    }

    [Fact]
    public async Task Playground_ListensOnLoopbackOnly()
    {
        var port = client.Playground.BaseAddress.Port;
        var exposed = new List<string>();
        foreach (var address in NonLoopbackAddresses())
        {
            using var tcp = new TcpClient(address.AddressFamily);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await tcp.ConnectAsync(address, port, timeout.Token);
                exposed.Add(new IPEndPoint(address, port).ToString());
            }
            catch (SocketException)
            {
                // Refused: nothing listens there.
            }
            catch (OperationCanceledException)
            {
                // No answer at all: not reachable either.
            }
        }

        Assert.True(exposed.Count == 0, $"The Playground accepts connections on {string.Join(", ", exposed)}; it must stay on 127.0.0.1.");
        using var loopback = new TcpClient();
        await loopback.ConnectAsync(IPAddress.Loopback, port);
    }

    private static IEnumerable<IPAddress> NonLoopbackAddresses() =>
        NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(u => u.Address)
            .Where(a => !IPAddress.IsLoopback(a) && !a.IsIPv6LinkLocal);
}
