using SreBot.Bot.Auth;

namespace SreBot.Bot.Api;

public static class ApiRegistration
{
    /// <summary>
    /// The frontend API under <c>/api/v1</c>: JSON, problem+json errors, a bearer token on every call, never an alert sender's
    /// (the alert webhooks are mapped on their own, <c>MapAlerts</c>).
    /// </summary>
    public static WebApplication MapApi(this WebApplication app)
    {
        var api = app.MapGroup("/api/v1").RequireAuthorization(AuthPolicies.NotAlertSender);
        api.MapAuditApi();
        api.MapAgentApi();
        api.MapApprovalsApi();
        api.MapThreadsApi();
        api.MapMemoriesApi();
        api.MapKnowledgeApi();
        api.MapPersonalDataApi();
        api.MapIncidentsApi();
        return app;
    }
}
