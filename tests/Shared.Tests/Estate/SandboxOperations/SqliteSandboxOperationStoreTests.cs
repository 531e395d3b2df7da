using SreBot.Shared.Estate.Sandbox.State;
using SreBot.Shared.Tests.Storage;

namespace SreBot.Shared.Tests.Estate.SandboxOperations;

/// <summary>The Sandbox operation store contract on SQLite, over a real database file (a replica: a second host over the same file).</summary>
public sealed class SqliteSandboxOperationStoreTests : SandboxOperationStoreContract
{
    private readonly StoreContractBackend<ISandboxOperationStore> _backend = new(async time => await SqliteStoreHost.StartAsync(time));

    private protected override Task<ISandboxOperationStore> CreateStoreAsync() => _backend.StartAsync(TimeProvider.System);

    private protected override Task<ISandboxOperationStore> CreateReplicaAsync() => _backend.StartReplicaAsync(TimeProvider.System);

    public override Task DisposeAsync() => _backend.StopAsync();
}
