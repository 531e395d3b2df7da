using SreBot.FakeAzure;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>activity_log_list through the real pipeline against the fake Activity Log, which parses and honours the <c>$filter</c>.</summary>
public sealed class AzureActivityLogReaderTests
{
    private static readonly DateTimeOffset End = new(2026, 12, 7, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheGroupsEvents_InTheWindow_AreListedNewestFirst()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        var plan = ResourceId.Parse(app).Canonical.Replace("/sites/app-a", "/serverfarms/plan-app-a", StringComparison.Ordinal);
        var elsewhere = $"/subscriptions/{azure.World.Subscription}/resourceGroups/rg-other/providers/Microsoft.Web/sites/app-x";
        azure.World.AddActivityEvent(app, End.AddHours(-3), "Microsoft.Web/sites/write", caller: "alice@contoso.com", description: "Deployment 41");
        azure.World.AddActivityEvent(plan, End.AddHours(-1), "Microsoft.Web/serverfarms/write", status: "Failed");
        azure.World.AddActivityEvent(app, End.AddDays(-2), "Microsoft.Web/sites/restart/action");
        azure.World.AddActivityEvent(elsewhere, End.AddHours(-2), "Microsoft.Web/sites/write");

        var events = await azure.Provider.ListActivityLogAsync(ResourceId.Parse(azure.GroupId), End.AddHours(-6), End, CancellationToken.None);

        Assert.Equal(["Microsoft.Web/serverfarms/write", "Microsoft.Web/sites/write"], events.Select(e => e.OperationName));
        Assert.Equal([End.AddHours(-1), End.AddHours(-3)], events.Select(e => e.EventTimestamp));
        Assert.Equal(["Failed", "Succeeded"], events.Select(e => e.Status));
        Assert.Equal(ResourceId.Parse(app), events[1].ResourceId);
        Assert.Equal("alice@contoso.com", events[1].Caller);
        Assert.Equal("Deployment 41", events[1].Description);
        var filter = Filter(Assert.Single(azure.World.Requests));
        Assert.Equal("eventTimestamp ge '2026-12-07T01:00:00.0000000Z' and eventTimestamp le '2026-12-07T07:00:00.0000000Z' and resourceGroupName eq 'rg-shop-prod'", filter);
    }

    [Fact]
    public async Task AResourcesEvents_AreFilteredOnItsUri()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        var sibling = azure.AddWebApp("app-b");
        azure.World.AddActivityEvent(app, End.AddHours(-1), "Microsoft.Web/sites/write");
        azure.World.AddActivityEvent(sibling, End.AddHours(-1), "Microsoft.Web/sites/restart/action");

        var events = await azure.Provider.ListActivityLogAsync(ResourceId.Parse(app), End.AddHours(-6), End, CancellationToken.None);

        Assert.Equal("Microsoft.Web/sites/write", Assert.Single(events).OperationName);
        Assert.EndsWith($"and resourceUri eq '{ResourceId.Parse(app).Display}'", Filter(Assert.Single(azure.World.Requests)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryNextLinkPage_IsRead()
    {
        using var azure = new AzureEstateFixture();
        azure.World.PageSize = 2;
        var app = azure.AddWebApp("app-a");
        for (var i = 1; i <= 5; i++)
        {
            azure.World.AddActivityEvent(app, End.AddMinutes(-10 * i), $"Microsoft.Web/sites/config/write");
        }

        var events = await azure.Provider.ListActivityLogAsync(ResourceId.Parse(azure.GroupId), End.AddHours(-1), End, CancellationToken.None);

        Assert.Equal(5, events.Count);
        Assert.Equal([.. events.Select(e => e.EventTimestamp).OrderDescending()], events.Select(e => e.EventTimestamp));
        Assert.Equal(3, azure.World.Requests.Count);
        Assert.All(azure.World.Requests, r => Assert.Contains("resourceGroupName", Uri.UnescapeDataString(r.Query), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEventWithoutResourceId_AsInTheExample_IsPlacedByItsAuthorisationScope()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        var shaped = azure.World.AddActivityEvent(app, End.AddHours(-1), "Microsoft.Web/sites/write");
        shaped.Remove("resourceId");

        var events = await azure.Provider.ListActivityLogAsync(ResourceId.Parse(azure.GroupId), End.AddHours(-6), End, CancellationToken.None);

        Assert.Equal(ResourceId.Parse(app), Assert.Single(events).ResourceId);
    }

    [Fact]
    public async Task Forbidden_NamesTheActivityLogReadAction()
    {
        using var azure = new AzureEstateFixture();
        azure.World.Fail(new FakeFault(403, "eventtypes/management/values", null, "AuthorizationFailed", "Access denied."));

        var refused = await Assert.ThrowsAsync<EstateForbiddenException>(() => azure.Provider.ListActivityLogAsync(ResourceId.Parse(azure.GroupId), End.AddHours(-6), End, CancellationToken.None));

        Assert.Equal("Microsoft.Insights/eventtypes/values/read", refused.Permission);
    }

    private static string Filter(FakeRequest request)
        => Uri.UnescapeDataString(request.Query.TrimStart('?').Split('&').Single(p => p.StartsWith("$filter=", StringComparison.Ordinal))["$filter=".Length..]);
}
