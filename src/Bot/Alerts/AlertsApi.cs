using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SreBot.Bot.Api;
using SreBot.Shared.AgentAccess;

namespace SreBot.Bot.Alerts;

/// <summary>
/// <c>POST /api/v1/alerts/alertmanager</c> and <c>POST /api/v1/alerts/azure-monitor</c>, for the <c>alerts</c> role only:
/// a bounded body, read and checked field by field (<c>400</c> names each problem), then recorded and queued
/// (<c>202</c> with the incident ids); the investigation runs in the background.
/// </summary>
public static class AlertsApi
{
    public const string Path = "/api/v1/alerts";

    /// <summary>Largest alert payload accepted, in bytes.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly JsonDocumentOptions Json = new() { MaxDepth = 32 };

    public static RouteGroupBuilder MapAlertsApi(this RouteGroupBuilder alerts)
    {
        alerts.MapPost("/alertmanager", (HttpContext context, AlertIntake intake, IOptions<AgentOptions> agent, CancellationToken cancellationToken)
            => AcceptAsync(context, intake, AlertmanagerPayload.Source, root => AlertmanagerPayload.Read(root, agent.Value.Subscription), cancellationToken));
        alerts.MapPost("/azure-monitor", (HttpContext context, AlertIntake intake, CancellationToken cancellationToken)
            => AcceptAsync(context, intake, AzureMonitorPayload.Source, AzureMonitorPayload.Read, cancellationToken));
        return alerts;
    }

    private static async Task<Results<Accepted<AlertsAccepted>, ProblemHttpResult>> AcceptAsync(
        HttpContext context, AlertIntake intake, string source, Func<JsonElement, AlertPayloadResult> read, CancellationToken cancellationToken)
    {
        var body = await BoundedBody.ReadAsync(context.Request.Body, context.Request.ContentLength, MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"The alert payload is larger than {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        AlertPayloadResult payload;
        try
        {
            using var document = JsonDocument.Parse(body, Json);
            payload = read(document.RootElement);
        }
        catch (JsonException)
        {
            return TypedResults.Problem("The body is not valid JSON.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!payload.IsValid)
        {
            return TypedResults.Problem(string.Join(" ", payload.Problems.Take(10)), statusCode: StatusCodes.Status400BadRequest, title: "The alert payload is not valid.");
        }

        var accepted = await intake.AcceptAsync(ApiCaller.From(context), source, payload.Alerts, cancellationToken);
        return TypedResults.Accepted((string?)null, accepted);
    }
}
