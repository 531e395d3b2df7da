using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;

namespace SreBot.FakeAzure;

/// <summary>
/// One independent fake Azure Key Vault, on a loopback HTTPS host of its own (<see cref="FakeKeyVaultSecrets"/>): its
/// secrets, each a list of versions in the order they were set, and the requests it saw (<see cref="FakeRequest.Query"/>
/// says whether one carried a token). Its base URL is <see cref="VaultUri"/>. Dispose it to stop its host.
/// </summary>
public sealed class FakeKeyVault : IAsyncDisposable
{
    private readonly WebApplication app;

    private readonly ConcurrentDictionary<string, List<FakeSecretVersion>> secrets = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<FakeRequest> requests = new();
    private readonly ConcurrentDictionary<string, string> interleaved = new(StringComparer.OrdinalIgnoreCase);

    internal FakeKeyVault(FakeAzureServer server)
    {
        (app, VaultUri) = FakeKeyVaultSecrets.Start(server, () => this);
    }

    /// <summary>The vault URL to give a <c>SecretClient</c>, e.g. <c>https://127.0.0.1:port/</c>.</summary>
    public Uri VaultUri { get; }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    public IReadOnlyList<FakeRequest> Requests => [.. requests];

    /// <summary>The versions of <paramref name="name"/>, oldest first (empty when there is no such secret).</summary>
    public IReadOnlyList<FakeSecretVersion> Versions(string name)
    {
        var versions = secrets.GetValueOrDefault(name);
        if (versions is null)
        {
            return [];
        }

        lock (versions)
        {
            return [.. versions];
        }
    }

    /// <summary>
    /// Stages a lost create race: when <paramref name="name"/> is next set, a version holding <paramref name="value"/> is
    /// stored first, as if another replica had set it between this client's look and its set.
    /// </summary>
    public void SetByAnotherReplicaBeforeNextSet(string name, string value) => interleaved[name] = value;

    internal void Record(FakeRequest request) => requests.Enqueue(request);

    internal FakeSecretVersion Set(string name, string value, string? contentType)
    {
        var versions = secrets.GetOrAdd(name, _ => []);
        lock (versions)
        {
            if (interleaved.TryRemove(name, out var other))
            {
                versions.Add(NewVersion(other, contentType, versions));
            }

            var version = NewVersion(value, contentType, versions);
            versions.Add(version);
            return version;
        }
    }

    private static FakeSecretVersion NewVersion(string value, string? contentType, List<FakeSecretVersion> before)
    {
        // Whole seconds, as Key Vault's attributes carry them: a later version never looks older than an earlier one.
        var now = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var created = before.Count > 0 && before[^1].Created >= now ? before[^1].Created.AddSeconds(1) : now;
        return new FakeSecretVersion(Guid.NewGuid().ToString("N"), value, contentType, created);
    }
}
