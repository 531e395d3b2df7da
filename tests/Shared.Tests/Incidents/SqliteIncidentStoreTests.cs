using SreBot.Shared.Incidents;

namespace SreBot.Shared.Tests.Incidents;

/// <summary>The incident store contract on SQLite, over a real database file (a replica is a second host over the same file).</summary>
public sealed class SqliteIncidentStoreTests : IncidentStoreContract
{
    private readonly StoreContractBackend<IIncidentStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    protected override Task<IIncidentStore> CreateStoreAsync(TimeProvider time) => _backend.StartAsync(time);

    protected override Task<IIncidentStore> StartReplicaAsync(TimeProvider time) => _backend.StartReplicaAsync(time);

    public override Task DisposeAsync() => _backend.StopAsync();
}
