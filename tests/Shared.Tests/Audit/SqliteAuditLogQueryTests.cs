using SreBot.Shared.Audit;

namespace SreBot.Shared.Tests.Audit;

public sealed class SqliteAuditLogQueryTests : AuditLogQueryContract
{
    private protected override async Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null) => await SqliteAuditLogHost.StartAsync(configure: configure);
}
