using System.Net;
using System.Net.Http.Json;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Security;

/// <summary>
/// Local mode: every chat activity comes from the same loopback address, so <c>/api/messages</c> is limited per
/// conversation and sender, not with one bucket for every chat user.
/// </summary>
public sealed class LocalChatRateLimitTests : IAsyncLifetime, IDisposable
{
    private readonly SreBotApp _app = new(new Dictionary<string, string?> { ["RateLimits:Burst"] = "3", ["RateLimits:PermitsPerSecond"] = "1" });
    private ConnectorRecorder _connector = null!;

    public async Task InitializeAsync() => _connector = await ConnectorRecorder.StartAsync(_app);

    [Fact]
    public async Task TwoLocalChatUsers_DoNotShareOneBucket()
    {
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await Send("aad-olga", "a:olga-chat");
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        var other = await Send("aad-abe", "a:abe-chat");

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(limited!.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "429 carries Retry-After");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    public void Dispose() => _app.Dispose();

    private Task<HttpResponseMessage> Send(string user, string conversation)
        => _app.CreateClient().PostAsJsonAsync("/api/messages", ActivityBuilder.Message(_connector.ServiceUrl, "whoami", user, conversationId: conversation), TestContext.Token);
}
