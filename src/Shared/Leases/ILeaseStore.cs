namespace SreBot.Shared.Leases;

/// <summary>
/// Named leases in the database, so that of several replicas only one runs a background job (by its name) at a time.
/// Taking a lease is one conditional statement (free, or expired on the injected clock); a holder that crashes loses it
/// when it expires.
/// </summary>
public interface ILeaseStore
{
    /// <summary>Takes lease <paramref name="name"/> until <paramref name="until"/> when nobody holds an unexpired one.</summary>
    Task<bool> TryAcquireAsync(string name, string holder, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Moves the expiry of a lease this holder still has; false when it has passed to someone else.</summary>
    Task<bool> TryExtendAsync(string name, string holder, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Frees a lease this holder has, so the next taker need not wait for it to expire; false when it was not theirs.</summary>
    Task<bool> ReleaseAsync(string name, string holder, CancellationToken cancellationToken);
}
