using SreBot.Shared.Audit;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Audit;

/// <summary>The audit log contract on SQLite, over a real database file.</summary>
public sealed class SqliteAuditLogContractTests : AuditLogContract
{
    private SqliteStoreHost? _host;

    protected override async Task<(IAuditLog Log, IAuditActorEraser Eraser)> CreateAsync(TimeProvider time)
    {
        _host = await SqliteStoreHost.StartAsync(time);
        return (_host.Get<IAuditLog>(), _host.Get<IAuditActorEraser>());
    }

    public override async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
