using SreBot.Shared.Audit;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;

namespace SreBot.Shared.Tests.Audit;

/// <summary>The audit log contract on PostgreSQL, over a fresh database of the test server.</summary>
public sealed class PostgresAuditLogContractTests : AuditLogContract
{
    private readonly StoreContractBackend<IAuditLog> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override async Task<(IAuditLog Log, IAuditActorEraser Eraser)> CreateAsync(TimeProvider time) => (await _backend.StartAsync(time), _backend.Host.Get<IAuditActorEraser>());

    public override Task DisposeAsync() => _backend.StopAsync();
}
