using SreBot.Shared.Scheduling;

namespace SreBot.Bot.Hosting;

public static class HostingRegistration
{
    /// <summary>The web host's own background jobs (retention; the policy, stores and runner come from <c>AddSreBotShared</c>).</summary>
    public static WebApplicationBuilder AddHosting(this WebApplicationBuilder builder)
    {
        builder.Services.AddScheduledJob<RetentionJob>();
        return builder;
    }
}
