namespace SreBot.Testing.Stores;

/// <summary>
/// The lifecycle every backend subclass of a store contract shares: start a host over an empty database, hand the
/// contract its store, stop the host (and drop its database) after. A subclass writes one line per backend, e.g.
/// <c>private readonly StoreContractBackend&lt;ILeaseStore&gt; _backend = new(async time =&gt; await PostgresStoreHost.StartAsync(time));</c>.
/// </summary>
public sealed class StoreContractBackend<TStore>(Func<TimeProvider, Task<IStoreHost>> start)
    where TStore : notnull
{
    private readonly List<IStoreHost> _replicas = [];
    private IStoreHost? _host;

    public IStoreHost Host => _host ?? throw new InvalidOperationException("The store host is not started yet.");

    public async Task<TStore> StartAsync(TimeProvider time)
    {
        _host = await start(time);
        return _host.Get<TStore>();
    }

    /// <summary>The same store of a second replica over the same database (its own pool), stopped with this backend.</summary>
    public async Task<TStore> StartReplicaAsync(TimeProvider time)
    {
        var replica = await Host.StartReplicaAsync(time);
        _replicas.Add(replica);
        return replica.Get<TStore>();
    }

    public async Task StopAsync()
    {
        foreach (var replica in _replicas)
        {
            await replica.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
