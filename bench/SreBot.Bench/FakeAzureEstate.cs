using SreBot.FakeAzure;
using SreBot.FakeAzure.Seeds;

namespace SreBot.Bench;

/// <summary>
/// The fake Azure (tests/FakeAzure) started in this process on loopback, with a world seeded as the shop estate and its
/// checkout leak, and the environment that points a Bot child process at it: <c>Estate__Provider=Azure</c>, both
/// endpoints, the subscription and the associated groups, the trust bundle (<c>SSL_CERT_FILE</c>, the system CAs plus the
/// fake's test CA) and the App Service managed-identity endpoint (<c>IDENTITY_ENDPOINT</c>/<c>IDENTITY_HEADER</c>). The fake
/// stops with this process; disposing deletes the trust bundle it wrote.
/// </summary>
public sealed class FakeAzureEstate : IDisposable
{
    private readonly string _bundle;
    private readonly FakeWorld _world;

    private FakeAzureEstate(string bundle, FakeWorld world, IReadOnlyDictionary<string, string> environment, string resourceId)
    {
        _bundle = bundle;
        _world = world;
        Environment = environment;
        ResourceId = resourceId;
    }

    /// <summary>What the Bot child needs to read its estate from the fake.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The checkout API in the fake's subscription: the resource every call asks about.</summary>
    public string ResourceId { get; }

    /// <summary>How many health reads the fake answered: proof the figures are of calls that went through to it.</summary>
    public int HealthRequests => _world.Requests.Count(r => r.Path.EndsWith("/availabilityStatuses/current", StringComparison.OrdinalIgnoreCase));

    public static FakeAzureEstate Start()
    {
        FakeAzureTrust.Install();
        var server = FakeAzureServer.Shared;
        var world = server.NewWorld();
        ShopEstate.Seed(world);
        CheckoutLeakIncident.ApplyWithLogs(world, DateTimeOffset.UtcNow);
        var bundle = System.Environment.GetEnvironmentVariable("SSL_CERT_FILE") ?? throw new SetupException("the fake Azure wrote no trust bundle (SSL_CERT_FILE)");
        var environment = new Dictionary<string, string>
        {
            ["Estate__Provider"] = "Azure",
            ["Estate__Azure__ResourceManagerEndpoint"] = server.ResourceManagerEndpoint.ToString(),
            ["Estate__Azure__LogAnalyticsEndpoint"] = server.LogAnalyticsEndpoint.ToString(),
            ["Agent__Subscription"] = world.Subscription,
            ["Agent__ResourceGroups__0"] = ShopEstate.ShopProd,
            ["Agent__ResourceGroups__1"] = ShopEstate.ShopStaging,
            ["SSL_CERT_FILE"] = bundle,
            ["IDENTITY_ENDPOINT"] = server.IdentityEndpoint.ToString(),
            ["IDENTITY_HEADER"] = System.Environment.GetEnvironmentVariable("IDENTITY_HEADER") ?? throw new SetupException("the fake Azure set no IDENTITY_HEADER"),
        };
        return new FakeAzureEstate(bundle, world, environment, ShopEstate.CheckoutApiId(world));
    }

    public void Dispose()
    {
        try
        {
            File.Delete(_bundle);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"could not delete {_bundle}: {exception.Message}");
        }
    }
}
