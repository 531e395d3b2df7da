using SreBot.Bot.Tests.Infrastructure;
using SreBot.FakeAzure;
using SreBot.FakeAzure.Seeds;

namespace SreBot.Bot.Tests.Estate.Azure;

/// <summary>
/// The real host with <c>Estate:Provider=Azure</c> pointed at a fresh world of the shared fake Azure (HTTPS trusted through
/// <c>SSL_CERT_FILE</c>, managed identity from <c>IDENTITY_ENDPOINT</c>/<c>IDENTITY_HEADER</c>): the shop estate with the
/// checkout leak, associated with <c>rg-shop-prod</c> and <c>rg-shop-staging</c> but not <c>rg-other</c>. One per test class:
/// the world's request log then holds every request the class caused.
/// </summary>
public sealed class AzureEstateApp : IDisposable
{
    public AzureEstateApp()
    {
        World = FakeAzureSettings.LeakingShop();
        App = new SreBotApp(FakeAzureSettings.For(World));
    }

    public FakeWorld World { get; }

    public SreBotApp App { get; }

    public string CheckoutApi => ShopEstate.CheckoutApiId(World);

    public string OtherApp => ShopEstate.Id(World, ShopEstate.Other, "Microsoft.Web/sites", ShopEstate.OtherApp);

    public string GroupId(string group) => ShopEstate.GroupId(World, group);

    /// <summary>Every request the fake saw whose path or filter names the non-associated group (case-insensitively, unescaped).</summary>
    public IReadOnlyList<FakeRequest> RequestsUnderOtherGroup()
        => [.. World.Requests.Where(r => Uri.UnescapeDataString(r.Path + r.Query).Contains($"/resourceGroups/{ShopEstate.Other}", StringComparison.OrdinalIgnoreCase)
                                         || Uri.UnescapeDataString(r.Query).Contains($"'{ShopEstate.Other}'", StringComparison.OrdinalIgnoreCase))];

    public void Dispose() => App.Dispose();
}
