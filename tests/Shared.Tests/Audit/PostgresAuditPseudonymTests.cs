using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

public sealed class PostgresAuditPseudonymTests : AuditPseudonymContract
{
    private protected override async Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null) => await PostgresAuditLogHost.StartAsync(configure);
}
