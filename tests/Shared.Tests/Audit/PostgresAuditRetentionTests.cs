using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

public sealed class PostgresAuditRetentionTests : AuditRetentionContract
{
    private protected override async Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null) => await PostgresAuditLogHost.StartAsync(configure);
}
