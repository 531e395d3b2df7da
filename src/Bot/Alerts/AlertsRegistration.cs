using SreBot.Shared.Identity;
using SreBot.Shared.Scheduling;

namespace SreBot.Bot.Alerts;

public static class AlertsRegistration
{
    /// <summary>Alert intake, incident options (<c>Incidents</c>, validated at start) and the incident investigation processor.</summary>
    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IncidentOptions>().BindConfiguration(IncidentOptions.SectionName)
            .Validate(o => o.IsValid, IncidentOptions.ValidationMessage).ValidateOnStart();
        builder.Services.AddSingleton<AlertIntake>();
        builder.Services.AddScheduledJob<IncidentInvestigation>();
        return builder;
    }

    /// <summary>The alert webhooks, for callers with the <c>alerts</c> role only (outside the <c>/api/v1</c> group, which refuses alert senders).</summary>
    public static WebApplication MapAlerts(this WebApplication app)
    {
        app.MapGroup(AlertsApi.Path).RequireAuthorization(policy => policy.RequireRole(Roles.Alerts)).MapAlertsApi();
        return app;
    }
}
