using System.Text.Json;
using Microsoft.Extensions.Options;
using SreBot.Shared.AgentAccess;
using SreBot.Shared.Audit;
using SreBot.Shared.Identity;
using SreBot.Shared.Incidents;
using SreBot.Shared.WorkQueue;

namespace SreBot.Bot.Alerts;

/// <summary>
/// Takes the alerts of one valid payload: judges each target's scope, records each alert in its incident (deduplicated and
/// grouped by the store), queues each incident that waits for its investigation, and audits what arrived (<c>alert.received</c>).
/// Queuing is idempotent per incident, so a sender's retry after a lost answer queues what the first attempt did not.
/// </summary>
public sealed class AlertIntake(
    IIncidentStore incidents, IWorkQueue queue, IAgentStateStore agentState, IAuditLog audit, IOptions<IncidentOptions> options, TimeProvider time)
{
    public const string AlertReceived = "alert.received";

    public async Task<AlertsAccepted> AcceptAsync(CallerIdentity sender, string source, IReadOnlyList<ReceivedAlert> alerts, CancellationToken cancellationToken)
    {
        var scope = await agentState.GetScopeAsync(cancellationToken);
        var ids = new List<string>();
        var ignored = 0;
        foreach (var alert in alerts)
        {
            var inScope = scope.Contains(alert.Target.Scope);
            var now = time.GetUtcNow();
            var recorded = await incidents.RecordAlertAsync(
                new IncidentAlert(alert.Source, alert.DedupeKey, alert.Name, alert.Severity, alert.Target.Resource, alert.Firing, alert.Summary, inScope),
                now, options.Value.GroupingWindow, cancellationToken);
            if (recorded is null)
            {
                ignored++;
                continue;
            }

            if (recorded.Incident.AwaitsInvestigation)
            {
                await queue.EnqueueAsync(IncidentInvestigation.QueueKind, recorded.Incident.Id,
                    JsonSerializer.Serialize(new IncidentWork(recorded.Incident.Id, alert.Target.InvestigationTarget)), now, cancellationToken);
            }

            if (!ids.Contains(recorded.Incident.Id, StringComparer.Ordinal))
            {
                ids.Add(recorded.Incident.Id);
            }
        }

        await audit.RecordAsync(AlertReceived, sender.UserId, AuditDecisions.Allow, AuditOutcomes.Received,
            JsonSerializer.Serialize(new { source, alerts = alerts.Count, ignored, incidents = ids.Take(20) }), cancellationToken);
        return new AlertsAccepted(ids, alerts.Count, ignored);
    }
}
