namespace SreBot.Shared.Tests.Storage;

/// <summary>
/// The core services over one backend's empty database, as the store contracts need them: <see cref="SqliteStoreHost"/>,
/// <see cref="Postgres.PostgresStoreHost"/>. A contract's backend subclass is then only which host it starts
/// (<see cref="StoreContractBackend{TStore}"/>).
/// </summary>
internal interface IStoreHost : IAsyncDisposable
{
    T Get<T>() where T : notnull;

    /// <summary>
    /// Another host over this host's database, with its own services and connections (on PostgreSQL its own pool): what a
    /// second replica sees. Disposing it leaves the database to this host.
    /// </summary>
    Task<IStoreHost> StartReplicaAsync(TimeProvider time);
}
