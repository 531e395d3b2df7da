using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Tests.Storage;
using SreBot.Shared.Tests.Storage.Postgres;

namespace SreBot.Shared.Tests.Estate.SandboxOperations;

/// <summary>The Sandbox operation store contract on PostgreSQL, over a fresh database of the test server (a replica: a second host with its own pool).</summary>
public sealed class PostgresSandboxOperationStoreTests : SandboxOperationStoreContract
{
    private readonly StoreContractBackend<ISandboxOperationStore> _backend = new(async time => await PostgresStoreHost.StartAsync(time));

    private protected override Task<ISandboxOperationStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    private protected override Task<ISandboxOperationStore> CreateReplicaAsync() => _backend.StartReplicaAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
