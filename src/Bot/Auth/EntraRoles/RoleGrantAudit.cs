using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SreBot.Shared.Audit;
using SreBot.Shared.Caching;

namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>
/// Records which source granted a chat user's roles (<see cref="RoleAuditEvents"/>): when they are first seen, whenever
/// their roles, sources or a failure change, and again once <see cref="EntraRoleOptions.CacheDuration"/> has passed, so the
/// audit shows the grant behind every decision without a record per message. What was last recorded is held in a bounded cache.
/// </summary>
public sealed partial class RoleGrantAudit(IAuditLog audit, IOptions<EntraRoleOptions> options, TimeProvider time, ILogger<RoleGrantAudit> logger)
{
    private readonly ExpiringCache<string> _recorded = new(time, options.Value.CacheDuration, options.Value.CacheCapacity, StringComparer.OrdinalIgnoreCase);

    public Task RecordGrantsAsync(string userId, RoleGrants grants, CancellationToken cancellationToken)
        => RecordAsync(userId, RoleAuditEvents.Resolved, AuditDecisions.Allow, AuditOutcomes.Success, grants.Describe(), cancellationToken);

    public Task RecordFailureAsync(string userId, EntraRoleFailure failure, CancellationToken cancellationToken)
        => RecordAsync(userId, RoleAuditEvents.Unavailable, AuditDecisions.Deny, AuditOutcomes.Error, failure.Code, cancellationToken);

    private async Task RecordAsync(string userId, string eventType, string decision, string outcome, string detail, CancellationToken cancellationToken)
    {
        var key = $"{eventType} {detail}";
        if (_recorded.TryGet(userId, out var last) && last == key)
        {
            return;
        }

        try
        {
            await audit.RecordAsync(eventType, userId, decision, outcome, detail, cancellationToken);
            _recorded.Set(userId, key);
        }
        catch (AuditUnavailableException exception)
        {
            // The roles still hold for this turn; every tool call and decision they allow is audited on its own path, which fails closed.
            LogAuditUnavailable(logger, exception, eventType);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Audit log unavailable; could not record {EventType}")]
    private static partial void LogAuditUnavailable(ILogger logger, Exception exception, string eventType);
}
