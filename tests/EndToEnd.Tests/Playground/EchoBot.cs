using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// A minimal bot in the test process (Kestrel on 127.0.0.1, a port chosen by the kernel) that proves the Playground
/// harness without SreBot: a message is answered with a card echoing its text and an Approve button
/// (<c>Action.Execute</c>, verb <c>approve</c>); that action is answered with an "approved by" card and the original message
/// is updated through the connector. Every activity received is kept for assertions.
/// </summary>
public sealed class EchoBot : IAsyncDisposable
{
    public const string ApproveVerb = "approve";
    public const string EchoApprovalId = "apr_echo";

    private readonly HttpClient connector = new(new SocketsHttpHandler { UseProxy = false }) { Timeout = TimeSpan.FromSeconds(30) };
    private readonly List<JsonObject> received = [];
    private readonly object gate = new();
    private WebApplication? app;

    /// <summary>http://127.0.0.1:PORT/api/messages</summary>
    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<JsonObject> ReceivedActivities
    {
        get
        {
            lock (gate)
            {
                return received.Select(a => (JsonObject)a.DeepClone()).ToList();
            }
        }
    }

    public static async Task<EchoBot> StartAsync(CancellationToken cancellationToken)
    {
        var bot = new EchoBot();
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(options => options.Listen(IPAddress.Loopback, 0));
        bot.app = builder.Build();
        bot.app.Run(bot.HandleAsync);
        await bot.app.StartAsync(cancellationToken);

        var address = bot.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        bot.Endpoint = new Uri(address.TrimEnd('/') + "/api/messages");
        return bot;
    }

    public static JsonObject Card(string text, bool withApproveButton)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
        };
        if (withApproveButton)
        {
            card["actions"] = new JsonArray(new JsonObject
            {
                ["type"] = "Action.Execute",
                ["title"] = "Approve",
                ["verb"] = ApproveVerb,
                ["data"] = new JsonObject { ["approvalId"] = EchoApprovalId },
            });
        }

        return card;
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync(CancellationToken.None);
            await app.DisposeAsync();
        }

        connector.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.Request.Path != "/api/messages")
        {
            // The Playground checks that the endpoint answers (HEAD) before it reports ready.
            context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var activity = await context.Request.ReadFromJsonAsync<JsonObject>(context.RequestAborted)
            ?? throw new InvalidOperationException("An empty activity.");
        lock (gate)
        {
            received.Add(activity);
        }

        switch (Value(activity, "type"))
        {
            case "message":
                await SendAsync(HttpMethod.Post, activity, Value(activity, "id"), Card($"echo: {Value(activity, "text")}", withApproveButton: true), context.RequestAborted);
                return;
            case "invoke" when Value(activity, "name") == "adaptiveCard/action":
                var who = activity["from"]?["name"]?.GetValue<string>();
                await SendAsync(HttpMethod.Put, activity, Value(activity, "replyToId"), Card($"updated after {who} approved", withApproveButton: false), context.RequestAborted);
                await context.Response.WriteAsJsonAsync(
                    new JsonObject
                    {
                        ["statusCode"] = 200,
                        ["type"] = CardActionResult.CardType,
                        ["value"] = Card($"approved by {who}", withApproveButton: false),
                    },
                    context.RequestAborted);
                return;
            default:
                return;
        }
    }

    // POST replies to the activity; PUT replaces the bot's earlier message with that id.
    private async Task SendAsync(HttpMethod method, JsonObject activity, string activityId, JsonObject card, CancellationToken cancellationToken)
    {
        var serviceUrl = Value(activity, "serviceUrl").TrimEnd('/');
        var conversationId = activity["conversation"]?["id"]?.GetValue<string>() ?? string.Empty;
        var url = $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}";
        var reply = new JsonObject
        {
            ["type"] = "message",
            ["from"] = activity["recipient"]?.DeepClone(),
            ["recipient"] = activity["from"]?.DeepClone(),
            ["conversation"] = activity["conversation"]?.DeepClone(),
            ["replyToId"] = Value(activity, "id"),
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = PlaygroundMessage.AdaptiveCardContentType, ["content"] = card }),
        };
        using var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(reply) };
        using var response = await connector.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    private static string Value(JsonObject activity, string name) => activity[name]?.GetValue<string>() ?? string.Empty;
}
