using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>
/// The real host with <c>Estate:Provider=Azure</c> pointed at a fresh world of the shared fake Azure (HTTPS trusted through
/// <c>SSL_CERT_FILE</c>, managed identity from <c>IDENTITY_ENDPOINT</c>/<c>IDENTITY_HEADER</c>), associated with the shop's
/// two groups. One per test class: the world's request log then holds every request the class caused.
/// </summary>
public sealed class AzureEstateApp : IDisposable
{
    public AzureEstateApp()
    {
        var server = FakeAzureServer.Shared;
        World = server.NewWorld();
        ShopWorld.Seed(World, DateTimeOffset.UtcNow);
        App = new SreBotApp(new Dictionary<string, string?>
        {
            ["Estate:Provider"] = "Azure",
            ["Estate:Azure:ResourceManagerEndpoint"] = server.ResourceManagerEndpoint.ToString(),
            ["Estate:Azure:RetryDelay"] = "00:00:00.010",
            ["Estate:Azure:MaxRetryDelay"] = "00:00:00.050",
            ["Agent:Subscription"] = World.Subscription,
            ["Agent:ResourceGroups:0"] = ShopWorld.ProdGroup,
            ["Agent:ResourceGroups:1"] = ShopWorld.StagingGroup,
        });
    }

    public FakeWorld World { get; }

    public SreBotApp App { get; }

    public string CheckoutApi => ShopWorld.CheckoutApi(World);

    public string OtherGroupId => ShopWorld.GroupId(World, ShopWorld.OtherGroup);

    /// <summary>Every request the fake saw under the non-associated group (by path, case-insensitively, after normalising dot segments).</summary>
    public IReadOnlyList<FakeRequest> RequestsUnderOtherGroup()
        => [.. World.Requests.Where(r => Uri.UnescapeDataString(r.Path + r.Query).Contains($"/resourceGroups/{ShopWorld.OtherGroup}", StringComparison.OrdinalIgnoreCase)
                                         || Uri.UnescapeDataString(r.Query).Contains($"'{ShopWorld.OtherGroup}'", StringComparison.OrdinalIgnoreCase))];

    public void Dispose() => App.Dispose();
}
