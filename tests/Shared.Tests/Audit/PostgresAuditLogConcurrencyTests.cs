using SreBot.Shared.Audit;
using Xunit.Abstractions;

namespace SreBot.Shared.Tests.Audit;

public sealed class PostgresAuditLogConcurrencyTests(ITestOutputHelper output) : AuditLogConcurrencyContract(output)
{
    private protected override async Task<IAuditLogHost> StartAsync(Action<AuditOptions>? configure = null) => await PostgresAuditLogHost.StartAsync(configure);
}
