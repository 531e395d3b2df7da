using SreBot.FakeAzure;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>resource_health_get through the real pipeline against the fake Resource Health.</summary>
public sealed class AzureHealthReaderTests
{
    private static readonly DateTimeOffset Occurred = new(2026, 12, 7, 6, 12, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Available", "There aren't any known Azure platform problems affecting this resource.", null)]
    [InlineData("Degraded", "We're sorry, your app is running low on memory.", "Unplanned")]
    [InlineData("Unavailable", "We're sorry, we couldn't automatically recover your virtual machine", "Unplanned")]
    [InlineData("Unknown", "We are currently unable to determine the health of this resource.", null)]
    public async Task Health_MapsStateSummaryReasonAndTime(string state, string summary, string? reason)
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        azure.World.SetHealth(app, new FakeHealthStatus(state, state, summary, reason, Occurred, Occurred.AddMinutes(3)));

        var health = await azure.Provider.GetHealthAsync(ResourceId.Parse(app), CancellationToken.None);

        Assert.Equal(state, health.AvailabilityState);
        Assert.Equal(summary, health.Summary);
        Assert.Equal(reason, health.ReasonType);
        Assert.Equal(Occurred, health.OccurredTime);
        Assert.Equal(ResourceId.Parse(app), health.ResourceId);
        var request = Assert.Single(azure.World.Requests);
        Assert.EndsWith("/providers/Microsoft.ResourceHealth/availabilityStatuses/current", request.Path, StringComparison.Ordinal);
        Assert.Contains("api-version=2022-10-01", request.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_OfAResourceAzureDoesNotKnow_IsNotFound()
    {
        using var azure = new AzureEstateFixture();
        var missing = ResourceId.Parse($"{azure.GroupId}/providers/Microsoft.Web/sites/app-gone");

        var refused = await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => azure.Provider.GetHealthAsync(missing, CancellationToken.None));

        Assert.Equal(missing, refused.ResourceId);
    }

    [Fact]
    public async Task Health_Forbidden_NamesTheResourceHealthReadAction()
    {
        using var azure = new AzureEstateFixture();
        var app = azure.AddWebApp("app-a");
        azure.World.Fail(FakeFault.AuthorizationFailed("availabilityStatuses", "Microsoft.ResourceHealth/availabilityStatuses/read", app));

        var refused = await Assert.ThrowsAsync<EstateForbiddenException>(() => azure.Provider.GetHealthAsync(ResourceId.Parse(app), CancellationToken.None));

        Assert.Equal("Microsoft.ResourceHealth/availabilityStatuses/read", refused.Permission);
        Assert.Contains("Microsoft.ResourceHealth/availabilityStatuses/read", refused.Message, StringComparison.Ordinal);
    }
}
