using System.Net;
using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Security;

/// <summary>SECURITY.md, Reliability: per-user rate limits answer 429 with Retry-After.</summary>
public sealed class RateLimitTests : IDisposable
{
    private readonly SreBotApp _app = new(new Dictionary<string, string?> { ["RateLimits:Burst"] = "3", ["RateLimits:PermitsPerSecond"] = "1" });

    [Fact]
    public async Task PastItsBucket_AUser_Gets429_WithRetryAfter_WhileOthersAreServed()
    {
        var greedy = _app.ClientFor("greedy", "reader");
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? limited = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await greedy.GetAsync("/api/v1/agent", TestContext.Token);
            statuses.Add(response.StatusCode);
            limited ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        var other = await _app.ClientFor("patient", "reader").GetAsync("/api/v1/agent", TestContext.Token);

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(limited!.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), "429 carries Retry-After");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    public void Dispose() => _app.Dispose();
}
