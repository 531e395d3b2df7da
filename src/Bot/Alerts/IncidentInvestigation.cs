using System.Text.Json;
using Microsoft.Extensions.Options;
using SreBot.Bot.Investigation;
using SreBot.Shared.Conversations;
using SreBot.Shared.Identity;
using SreBot.Shared.Incidents;
using SreBot.Shared.Scheduling;
using SreBot.Shared.WorkQueue;

namespace SreBot.Bot.Alerts;

/// <summary>
/// The background processor of the incident queue, on the <see cref="ScheduledJobRunner"/> every <c>Incidents:QueueIntervalSeconds</c>:
/// it claims queued incidents (a lease of <c>Incidents:InvestigationMinutes</c>, so each is taken by one replica, and taken
/// again after a crash) and investigates each with <see cref="InvestigationRun"/> as the plan's own principal,
/// <c>plan:default</c>, holding only the <c>reader</c> role: every read goes through the one call path under that identity.
/// The incident's thread holds the trace; the verdict and trace id are recorded on the incident, which becomes open.
/// This one fixed plan is the seed of the configurable response plans (tool lists, proposed writes) of the next slice.
/// </summary>
public sealed partial class IncidentInvestigation(
    IWorkQueue queue, IIncidentStore incidents, IConversationStore conversations, InvestigationRun investigation,
    IOptions<IncidentOptions> options, TimeProvider time, ILogger<IncidentInvestigation> logger) : IScheduledJob
{
    public const string QueueKind = "incident-investigation";

    /// <summary>The channel of the plan principal's calls in the audit log.</summary>
    public const string Channel = "incident";

    /// <summary>Claims after which an incident is given up (its verdict says so) rather than tried again.</summary>
    public const int MaxAttempts = 3;

    private const int BatchSize = 4;
    private const int MaxVerdict = 2000;

    /// <summary>The default plan's principal: its own identity, read tools only.</summary>
    public static CallerIdentity Principal { get; } = new(IncidentPlans.Principal(IncidentPlans.Default), new HashSet<string>(StringComparer.Ordinal) { Roles.Reader }, Channel);

    public string Name => "incident-investigation";

    public TimeSpan Interval => TimeSpan.FromSeconds(options.Value.QueueIntervalSeconds);

    /// <summary>None: the queue's claims already give each incident to one replica.</summary>
    public string? LeaseName => null;

    /// <summary>This replica's name on the queue items it claims.</summary>
    public string Holder { get; } = LeaseHolders.New();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var items = await queue.ClaimAsync(QueueKind, Holder, now, now.AddMinutes(options.Value.InvestigationMinutes), BatchSize, cancellationToken);
            if (items.Count == 0)
            {
                return;
            }

            foreach (var item in items)
            {
                try
                {
                    await ProcessAsync(item, cancellationToken);
                    await queue.CompleteAsync(item.Id, Holder, cancellationToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    // Left claimed: once its lease passes it is taken again (up to MaxAttempts).
                    LogInvestigationFailed(logger, exception, item.Key, item.Attempts);
                }
            }
        }
    }

    private async Task ProcessAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var work = JsonSerializer.Deserialize<IncidentWork>(item.Payload) ?? throw new InvalidOperationException("Unreadable queue item.");
        if (await incidents.GetAsync(work.IncidentId, cancellationToken) is not { AwaitsInvestigation: true } incident)
        {
            return; // gone (retention), or investigated by a claimer whose lease ran out before it completed the item
        }

        if (item.Attempts > MaxAttempts)
        {
            await incidents.RecordInvestigationAsync(incident.Id, $"Not investigated: the investigation failed {MaxAttempts} times.", null,
                IncidentStatus.Open, time.GetUtcNow(), cancellationToken);
            return;
        }

        await EnsureThreadAsync(incident, cancellationToken);
        var result = await investigation.RunAsync(Principal, work.Target, incident.ThreadId, cancellationToken);
        var verdict = result.Summary is { } summary
            ? $"{summary.Verdict.Statement}. {summary.Verdict.TraceConclusion}"
            : $"Not investigated: {result.Problem}";
        await incidents.RecordInvestigationAsync(incident.Id, verdict.Length > MaxVerdict ? verdict[..MaxVerdict] : verdict, result.TraceId,
            IncidentStatus.Open, time.GetUtcNow(), cancellationToken);
    }

    /// <summary>The incident's thread exists before its trace is saved there: its first message names the incident.</summary>
    private async Task EnsureThreadAsync(Incident incident, CancellationToken cancellationToken)
    {
        if (await conversations.GetThreadAsync(incident.ThreadId, cancellationToken) is not null)
        {
            return;
        }

        await conversations.RecordMessageAsync(IncidentThreads.ReferenceFor(incident.Id),
            new ChatMessage(Principal.UserId, "SreBot", "out", time.GetUtcNow(), $"Incident {incident.Id}: {incident.Title} on {incident.ResourceId}"), cancellationToken);
    }

    [LoggerMessage(EventId = 6300, Level = LogLevel.Error, Message = "Investigation of incident {IncidentId} failed (attempt {Attempt}); it is tried again when its claim expires")]
    private static partial void LogInvestigationFailed(ILogger logger, Exception exception, string incidentId, int attempt);
}
