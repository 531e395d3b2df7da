using SreBot.Shared.Incidents;

namespace SreBot.Shared.Tests.Incidents;

/// <summary>The incident store contract on PostgreSQL, over a fresh database of the test server (a replica is a second host with its own pool).</summary>
public sealed class PostgresIncidentStoreTests : IncidentStoreContract
{
    private readonly StoreContractBackend<IIncidentStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    protected override Task<IIncidentStore> CreateStoreAsync(TimeProvider time) => _backend.StartAsync(time);

    protected override Task<IIncidentStore> StartReplicaAsync(TimeProvider time) => _backend.StartReplicaAsync(time);

    public override Task DisposeAsync() => _backend.StopAsync();
}
