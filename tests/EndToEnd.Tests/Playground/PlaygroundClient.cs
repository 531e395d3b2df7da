using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace SreBot.EndToEnd.Tests.Playground;

/// <summary>
/// Drives a running Playground headlessly, as its UI does: user messages and card actions over its HTTP API, and the
/// bot's messages from its conversation websocket. Every event is kept in order; tests take a <see cref="Mark"/> before
/// acting and wait for the first matching event after it, each wait with a deadline.
/// </summary>
public sealed class PlaygroundClient : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private readonly HttpClient http;
    private readonly ClientWebSocket socket;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<PlaygroundEvent> events = [];
    private readonly object gate = new();
    private readonly Task receiving;
    private TaskCompletionSource changed = NewSignal();
    private Exception? receiveFailure;

    private PlaygroundClient(PlaygroundProcess playground, ClientWebSocket socket)
    {
        Playground = playground;
        this.socket = socket;
        http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = playground.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        receiving = ReceiveAsync(stopping.Token);
    }

    public PlaygroundProcess Playground { get; }

    public PlaygroundConfig Config => Playground.Config;

    /// <summary>Connects to the conversation websocket. Connect before acting: events that find no client are kept for the first to connect.</summary>
    public static async Task<PlaygroundClient> ConnectAsync(PlaygroundProcess playground, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.Proxy = null;
        var url = new UriBuilder(playground.BaseAddress) { Scheme = "ws", Path = "_ws_conversation/v1/conversations/stream" }.Uri;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new PlaygroundClient(playground, socket);
    }

    /// <summary>The position after the events received so far.</summary>
    public int Mark()
    {
        lock (gate)
        {
            return events.Count;
        }
    }

    /// <summary>
    /// Sends a message as the current user, as typed in the UI (the Playground sends every user message to the bot as its
    /// current user, whoever its API is told sent it; only card actions can come from the other users).
    /// In a group chat the bot only hears it when <paramref name="mentionBot"/>.
    /// </summary>
    /// <returns>The Playground's id of the user's message.</returns>
    public async Task<string> SendMessageAsync(string conversationId, string text, bool mentionBot, CancellationToken cancellationToken)
    {
        var mention = $"<at>{Config.BotName}</at>";
        var body = new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = Config.CurrentUser.Id },
            ["text"] = mentionBot ? $"{mention} {text}" : text,
            ["textFormat"] = "plain",
        };
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = Config.BotId }, ["text"] = mention });
        }

        using var response = await http.PostAsJsonAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        var answer = await ReadJsonAsync(response, "sending a message", cancellationToken);
        return answer?["messageId"]?.ToString() ?? throw new InvalidOperationException($"The Playground did not return a message id: {answer?.ToJsonString()}");
    }

    /// <summary>
    /// Clicks an <c>Action.Execute</c> on the card message <paramref name="cardMessageId"/> as <paramref name="from"/>
    /// (an <c>adaptiveCard/action</c> invoke) and returns the bot's invoke response.
    /// </summary>
    public async Task<CardActionResult> ExecuteCardActionAsync(
        string conversationId, PlaygroundUser from, string cardMessageId, string verb, JsonObject data, CancellationToken cancellationToken)
    {
        var body = new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["from"] = new JsonObject { ["id"] = from.Id },
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
                ["trigger"] = "manual",
            },
        };
        using var response = await http.PostAsJsonAsync("_conversation/v1/invoke", body, cancellationToken);
        var answer = await ReadJsonAsync(response, $"the card action '{verb}'", cancellationToken);
        return new CardActionResult(answer?["type"]?.GetValue<string>(), answer?["value"]?.DeepClone());
    }

    /// <summary>Waits for the first new message from the bot in the conversation after <paramref name="mark"/> that matches.</summary>
    public Task<PlaygroundMessage> WaitForBotMessageAsync(
        string conversationId, int mark, Func<PlaygroundMessage, bool> match, string description, CancellationToken cancellationToken)
        => WaitForMessageAsync(PlaygroundEvent.CreateMessage, conversationId, mark, match, description, cancellationToken);

    /// <summary>Waits for the first update of a message in the conversation after <paramref name="mark"/> that matches.</summary>
    public Task<PlaygroundMessage> WaitForUpdateAsync(
        string conversationId, int mark, Func<PlaygroundMessage, bool> match, string description, CancellationToken cancellationToken)
        => WaitForMessageAsync(PlaygroundEvent.UpdateMessage, conversationId, mark, match, description, cancellationToken);

    /// <summary>The events after <paramref name="mark"/> (all of them by default), as received.</summary>
    public IReadOnlyList<PlaygroundEvent> EventsSince(int mark = 0)
    {
        lock (gate)
        {
            return events.Skip(mark).ToList();
        }
    }

    /// <summary>The events received so far and the Playground's output, for assertion messages.</summary>
    public string Describe(int mark = 0)
    {
        var received = EventsSince(mark);
        var lines = received.Count == 0 ? "(none)" : string.Join('\n', received.Select(e => Truncate(e.Raw, 1_500)));
        return $"Websocket events since mark {mark}:\n{lines}\n\nPlayground:\n{Playground.Describe()}";
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        try
        {
            if (socket.State == WebSocketState.Open)
            {
                using var closeTimeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", closeTimeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // Closing is a courtesy; the Playground is killed next anyway.
        }

        socket.Abort();
        await receiving;
        socket.Dispose();
        http.Dispose();
        stopping.Dispose();
    }

    private async Task<PlaygroundMessage> WaitForMessageAsync(
        string action, string conversationId, int mark, Func<PlaygroundMessage, bool> match, string description, CancellationToken cancellationToken)
    {
        var found = await WaitForEventAsync(
            e => e.Action == action && e.ConversationId == conversationId && e.Message is { } m && m.FromId == Config.BotId && match(m),
            mark,
            description,
            cancellationToken);
        return found.Message!;
    }

    private async Task<PlaygroundEvent> WaitForEventAsync(Func<PlaygroundEvent, bool> match, int mark, string description, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(DefaultTimeout);
        var scanned = mark;
        while (true)
        {
            Task next;
            lock (gate)
            {
                for (; scanned < events.Count; scanned++)
                {
                    if (match(events[scanned]))
                    {
                        return events[scanned];
                    }
                }

                if (receiveFailure is not null)
                {
                    throw new InvalidOperationException($"The Playground's websocket failed while waiting for {description}.\n{Describe(mark)}", receiveFailure);
                }

                next = changed.Task;
            }

            try
            {
                await next.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException($"No {description} within {DefaultTimeout.TotalSeconds:0} s.\n{Describe(mark)}");
            }
        }
    }

    private async Task ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var result = await socket.ReceiveAsync(buffer, cancellationToken);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    Fail(new WebSocketException("The Playground closed the websocket."));
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage)
                {
                    continue;
                }

                var raw = Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
                message.SetLength(0);
                Append(Parse(raw));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Disposed.
        }
        catch (Exception e) when (e is WebSocketException or System.Text.Json.JsonException or FormatException or InvalidOperationException)
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                Fail(e);
            }
        }
    }

    private static PlaygroundEvent Parse(string raw)
    {
        var json = JsonNode.Parse(raw) ?? throw new FormatException($"An empty websocket event: {raw}");
        return new PlaygroundEvent(
            json["action"]?.GetValue<string>() ?? string.Empty,
            json["actionConversationId"]?.GetValue<string>() ?? string.Empty,
            json["message"] is JsonObject message ? new PlaygroundMessage(message) : null,
            raw);
    }

    private void Append(PlaygroundEvent received)
    {
        lock (gate)
        {
            events.Add(received);
            Signal();
        }
    }

    private void Fail(Exception exception)
    {
        lock (gate)
        {
            receiveFailure = exception;
            Signal();
        }
    }

    // Called under the lock: wakes every waiter, which rescans and waits on the next signal.
    private void Signal()
    {
        var previous = changed;
        changed = NewSignal();
        previous.TrySetResult();
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private static async Task<JsonNode?> ReadJsonAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The Playground answered {(int)response.StatusCode} to {what}: {text}", null, response.StatusCode);
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max] + "…";
}
