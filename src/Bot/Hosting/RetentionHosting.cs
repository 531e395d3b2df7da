namespace SreBot.Bot.Hosting;

public static class RetentionHosting
{
    /// <summary>The retention background job (the policy, stores and runner are registered by <c>AddSreBotCore</c>).</summary>
    public static WebApplicationBuilder AddSreBotRetentionJob(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RetentionJob>();
        builder.Services.AddHostedService(provider => provider.GetRequiredService<RetentionJob>());
        return builder;
    }
}
