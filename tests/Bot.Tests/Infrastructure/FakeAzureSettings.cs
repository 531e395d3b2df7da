using System.Globalization;
using SreBot.FakeAzure;
using SreBot.FakeAzure.Seeds;

namespace SreBot.Bot.Tests.Infrastructure;

/// <summary>
/// The host's settings for <c>Estate:Provider=Azure</c> at a world of the shared fake Azure (ARM and Log Analytics on its
/// loopback HTTPS endpoint, short retry delays), associated with the shop estate's prod and staging groups.
/// </summary>
public static class FakeAzureSettings
{
    public static Dictionary<string, string?> For(FakeWorld world)
    {
        ArgumentNullException.ThrowIfNull(world);
        var server = FakeAzureServer.Shared;
        return new Dictionary<string, string?>
        {
            ["Estate:Provider"] = "Azure",
            ["Estate:Azure:ResourceManagerEndpoint"] = server.ResourceManagerEndpoint.ToString(),
            ["Estate:Azure:LogAnalyticsEndpoint"] = server.LogAnalyticsEndpoint.ToString(),
            ["Estate:Azure:RetryDelay"] = TimeSpan.FromMilliseconds(10).ToString("c", CultureInfo.InvariantCulture),
            ["Estate:Azure:MaxRetryDelay"] = TimeSpan.FromMilliseconds(50).ToString("c", CultureInfo.InvariantCulture),
            ["Agent:Subscription"] = world.Subscription,
            ["Agent:ResourceGroups:0"] = ShopEstate.ShopProd,
            ["Agent:ResourceGroups:1"] = ShopEstate.ShopStaging,
        };
    }

    /// <summary>A new world with the shop estate and the leaking checkout API (its logs included), as of now.</summary>
    public static FakeWorld LeakingShop()
    {
        var world = FakeAzureServer.Shared.NewWorld();
        ShopEstate.Seed(world);
        CheckoutLeakIncident.ApplyWithLogs(world, DateTimeOffset.UtcNow);
        return world;
    }
}
