using SreBot.Shared.Audit;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Audit;

/// <summary>The audit log contract on SQLite, over a real database file.</summary>
public sealed class SqliteAuditLogContractTests : AuditLogContract
{
    private readonly StoreContractBackend<IAuditLog> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override async Task<(IAuditLog Log, IAuditActorEraser Eraser)> CreateAsync(TimeProvider time) => (await _backend.StartAsync(time), _backend.Host.Get<IAuditActorEraser>());

    public override Task DisposeAsync() => _backend.StopAsync();
}
