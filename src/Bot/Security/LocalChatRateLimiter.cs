using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace SreBot.Bot.Security;

/// <summary>
/// The rate limit of <c>/api/messages</c> in local mode, where every activity comes from the same loopback address: a
/// token bucket (<see cref="RateLimitOptions"/>) per conversation and sender, taken by the endpoint once the bounded body
/// is parsed. The partition key is a short hash, so a long claimed id costs no memory.
/// </summary>
public sealed class LocalChatRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public LocalChatRateLimiter(IOptions<RateLimitOptions> options)
    {
        var limits = options.Value;
        _limiter = PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limits.Burst,
            TokensPerPeriod = limits.PermitsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
    }

    /// <summary>A lease for one activity of <paramref name="fromId"/> in <paramref name="conversationId"/>; dispose it when done.</summary>
    public RateLimitLease Acquire(string conversationId, string fromId) => _limiter.AttemptAcquire(Key(conversationId, fromId));

    public void Dispose() => _limiter.Dispose();

    private static string Key(string conversationId, string fromId)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{conversationId.Length}:{conversationId}\n{fromId}")), 0, 16);
}
