using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using SreBot.Shared.Scheduling;

namespace SreBot.Bot.Security;

public static class SecurityRegistration
{
    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName).ValidateOnStart();
        var maxBody = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>()?.MaxRequestBodyBytes
            ?? new SecurityOptions().MaxRequestBodyBytes;
        builder.Services.Configure<KestrelServerOptions>(options => options.Limits.MaxRequestBodySize = maxBody);
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = DatabaseUnavailable.Describe);
        builder.Services.AddRateLimits(builder.Configuration);
        builder.Services.AddScheduledJob<RefusalAggregator>(); // flushes closed windows on its interval
        builder.Services.AddHostedService(provider => provider.GetRequiredService<RefusalAggregator>()); // and every window on shutdown
        // Malformed parameters and bodies are the caller's error: 400 problem+json in every environment, never a 500;
        // a database out of reach is nobody's error: 503 problem+json (DatabaseUnavailable).
        builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = false);
        builder.Services.Configure<ExceptionHandlerOptions>(options =>
            options.StatusCodeSelector = exception => exception switch
            {
                Microsoft.AspNetCore.Http.BadHttpRequestException bad => bad.StatusCode,
                _ when DatabaseUnavailable.Is(exception) => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            });
        return builder;
    }

    /// <summary>
    /// Order matters: refuse foreign hosts (400, via AllowedHosts) and origins (403) and query-string tokens (400)
    /// before authentication; audit every access outcome; authenticate; limit each caller's rate; authorize.
    /// </summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseHostFiltering();
        app.UseMiddleware<OriginCheckMiddleware>();
        app.UseMiddleware<QueryTokenRejectionMiddleware>();
        app.UseMiddleware<AccessAuditMiddleware>();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        return app;
    }
}
