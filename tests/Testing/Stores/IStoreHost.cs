namespace SreBot.Testing.Stores;

/// <summary>
/// The core services over one backend's empty database, as the store contracts need them: <see cref="SqliteStoreHost"/>,
/// <see cref="PostgresStoreHost"/>. A contract's backend subclass is then only which host it starts
/// (<see cref="StoreContractBackend{TStore}"/>).
/// </summary>
public interface IStoreHost : IAsyncDisposable
{
    T Get<T>() where T : notnull;

    /// <summary>
    /// Another host over this host's database, with its own services and connection pool, as a second replica has: what
    /// the contracts race against this one. The caller disposes it; the database stays this host's.
    /// </summary>
    Task<IStoreHost> StartReplicaAsync(TimeProvider time);
}
