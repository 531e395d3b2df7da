using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using SreBot.Bot.Activities;
using SreBot.Bot.Activities.Authentication;
using SreBot.McpServer.Identity;

namespace SreBot.Bot.Security;

/// <summary>
/// Per-user rate limits on everything but <c>/healthz</c>: past its bucket a caller gets 429 with <c>Retry-After</c>.
/// The partition is the authenticated user id, so limits follow people rather than addresses; anonymous requests
/// are limited by remote address. In local mode <c>/api/messages</c> is limited by the endpoint instead, per conversation
/// and sender (<see cref="LocalChatRateLimiter"/>): every local activity comes from the one loopback address.
/// </summary>
public static class RateLimiting
{
    internal static IServiceCollection AddRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var limits = configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        var localChat = string.IsNullOrWhiteSpace(configuration[$"{BotOptions.SectionName}:{nameof(BotOptions.AppId)}"]);
        services.AddSingleton<LocalChatRateLimiter>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                return new ValueTask(Problems.Write(context.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests", $"Slow down; try again in {retryAfter} s."));
            };
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                http.Request.Path.StartsWithSegments("/healthz")
                    ? RateLimitPartition.GetNoLimiter("health")
                    : localChat && http.Request.Path.StartsWithSegments(MessagesEndpoint.Path)
                    ? RateLimitPartition.GetNoLimiter("local-chat")
                    : RateLimitPartition.GetTokenBucketLimiter(PartitionKey(http), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.Burst,
                        TokensPerPeriod = limits.PermitsPerSecond,
                        ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
        });
        return services;
    }

    private static string PartitionKey(HttpContext http)
        => ClaimsCallerIdentityResolver.UserId(http.User) is { } user
            ? "user:" + user
            : "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
