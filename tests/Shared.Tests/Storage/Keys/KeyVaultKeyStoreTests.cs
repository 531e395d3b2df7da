using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.FakeAzure;
using SreBot.Shared.Audit.Chain;
using SreBot.Shared.Storage;
using SreBot.Shared.Storage.Keys;

namespace SreBot.Shared.Tests.Storage.Keys;

/// <summary>
/// Shared keys in Key Vault (<c>Storage:Keys:Source</c> = KeyVault): the real <c>SecretClient</c>, with the host's
/// <c>DefaultAzureCredential</c> (the fake managed identity), against the fake vault's secrets API over trusted HTTPS.
/// </summary>
public sealed class KeyVaultKeyStoreTests : IAsyncLifetime
{
    private static readonly SharedKey Key = new("test.key", "srebot-test-key", "test key");

    private readonly FakeKeyVault _vault = FakeAzureServer.Shared.NewKeyVault();
    private readonly List<(ServiceProvider Services, string Directory)> _hosts = [];

    [Fact]
    public void AKey_IsCreatedOnce_AsOneSecretVersion_AndEveryReplicaReadsTheSameKey()
    {
        var first = Store().LoadOrCreate(Key);
        var second = Store().LoadOrCreate(Key);

        Assert.Equal(KeyFile.KeyLength, first.Length);
        Assert.Equal(first, second);
        var version = Assert.Single(_vault.Versions(Key.SecretName));
        Assert.Equal((Convert.ToBase64String(first), KeyVaultKeyStore.Base64ContentType), (version.Value, version.ContentType));
    }

    [Fact]
    public void TheFirstRequest_GetsTheVaultsChallenge_AndIsRepeatedWithATokenForTheVault()
    {
        Store().LoadOrCreate(Key);

        var requests = _vault.Requests;
        Assert.Equal("no-token", requests[0].Query);
        Assert.Equal(requests[0].Path, requests[1].Path);
        Assert.Equal("token", requests[1].Query);
        Assert.Contains(requests, r => r.Method == "PUT" && r.Query == "token");
    }

    [Fact]
    public void ALostCreateRace_UsesTheKeyTheOtherReplicaSetFirst()
    {
        var theirs = Enumerable.Range(1, KeyFile.KeyLength).Select(i => (byte)i).ToArray();
        _vault.SetByAnotherReplicaBeforeNextSet(Key.SecretName, Convert.ToBase64String(theirs));

        var ours = Store().LoadOrCreate(Key);

        Assert.Equal(theirs, ours);
        Assert.Equal(2, _vault.Versions(Key.SecretName).Count);
        Assert.Equal(theirs, Store().LoadOrCreate(Key));
    }

    [Fact]
    public async Task TwoReplicasCreatingTheKeyAtOnce_EndWithOneKey()
    {
        var stores = new[] { Store(), Store() };

        var keys = await Task.WhenAll(stores.Select(store => Task.Run(() => store.LoadOrCreate(Key))));

        Assert.Equal(keys[0], keys[1]);
        Assert.Equal(keys[0], Store().LoadOrCreate(Key));
    }

    [Fact]
    public void ATextKey_IsCreatedOnce_AndReadBackAsWritten()
    {
        var created = 0;
        string Create()
        {
            created++;
            return "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----";
        }

        var first = Store().LoadOrCreateText(Key, Create);
        var second = Store().LoadOrCreateText(Key, Create);

        Assert.Equal((first, 1), (second, created));
        Assert.Null(Assert.Single(_vault.Versions(Key.SecretName)).ContentType);
    }

    [Fact]
    public void TheAuditKey_ComesFromTheVault_SoReplicasWithSeparateDataDirectoriesShareItsPseudonyms()
    {
        var one = Host().GetRequiredService<AuditKeyring>();
        var other = Host().GetRequiredService<AuditKeyring>();

        Assert.Equal(one.ActorRefFor("alice"), other.ActorRefFor("alice"));
        Assert.Single(_vault.Versions(AuditKeyring.Key.SecretName));
        Assert.All(_hosts, host => Assert.Empty(Directory.GetFiles(host.Directory)));
    }

    [Fact]
    public void KeyVaultWithoutAVaultUri_IsRefusedAtStart()
    {
        var services = Host(new Dictionary<string, string?> { ["Storage:Keys:Source"] = "KeyVault" });

        var refused = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<KeyStorageOptions>>().Value);
        Assert.Contains("KeyVaultUri", refused.Message, StringComparison.Ordinal);
    }

    private ISharedKeyStore Store() => Host().GetRequiredService<ISharedKeyStore>();

    private ServiceProvider Host(Dictionary<string, string?>? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("srebot-keys-").FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>
        {
            ["Storage:Keys:Source"] = "KeyVault",
            ["Storage:Keys:KeyVaultUri"] = _vault.VaultUri.ToString(),
            // The fake answers on 127.0.0.1, which no challenge resource's domain can be a parent of.
            ["Storage:Keys:DisableChallengeResourceVerification"] = "true",
        }).Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .Configure<SreBotOptions>(o => o.DataDirectory = directory)
            .AddKeys()
            .AddSingleton<AuditKeyring>()
            .BuildServiceProvider();
        _hosts.Add((services, directory));
        return services;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var (services, directory) in _hosts)
        {
            await services.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }

        await _vault.DisposeAsync();
    }
}
