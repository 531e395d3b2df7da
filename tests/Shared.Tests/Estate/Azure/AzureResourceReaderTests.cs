using SreBot.FakeAzure;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>resources_list and resource_get through the real SDK pipeline against the fake Azure over TLS and managed identity.</summary>
public sealed class AzureResourceReaderTests
{
    [Fact]
    public async Task ListResources_ReadsEveryNextLinkPage()
    {
        using var azure = new AzureEstateFixture();
        azure.World.PageSize = 2;
        foreach (var name in new[] { "app-a", "app-b", "app-c" })
        {
            azure.AddWebApp(name);
        }

        var resources = await azure.Provider.ListResourcesAsync(ResourceId.Parse(azure.GroupId), null, CancellationToken.None);

        Assert.Equal(6, resources.Count);
        Assert.Equal(3, azure.World.Requests.Count(r => r.Path.EndsWith("/resources", StringComparison.Ordinal)));
        Assert.Equal("azure", azure.Provider.Provenance.Provider);
    }

    [Fact]
    public async Task Throttling_WithRetryAfter_IsRetried_ThenAnswers()
    {
        using var azure = new AzureEstateFixture();
        azure.AddWebApp("app-a");
        azure.World.Fail(FakeFault.Throttled("/resources", retryAfterSeconds: 0));

        var resources = await azure.Provider.ListResourcesAsync(ResourceId.Parse(azure.GroupId), null, CancellationToken.None);

        Assert.Equal(2, resources.Count);
        Assert.Equal(2, azure.World.Requests.Count(r => r.Path.EndsWith("/resources", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Throttling_BeyondTheRetries_IsAThrottledAnswer()
    {
        using var azure = new AzureEstateFixture(maxRetries: 1);
        azure.World.Fail(FakeFault.Throttled("/resources", retryAfterSeconds: 0));
        azure.World.Fail(FakeFault.Throttled("/resources", retryAfterSeconds: 0));

        await Assert.ThrowsAsync<EstateThrottledException>(() => azure.Provider.ListResourcesAsync(ResourceId.Parse(azure.GroupId), null, CancellationToken.None));
    }

    [Fact]
    public async Task ATransientServerError_IsRetried_ThenAnswers()
    {
        using var azure = new AzureEstateFixture();
        azure.AddWebApp("app-a");
        azure.World.Fail(FakeFault.ServerError("/resources"));

        var resources = await azure.Provider.ListResourcesAsync(ResourceId.Parse(azure.GroupId), null, CancellationToken.None);

        Assert.Equal(2, resources.Count);
    }

    [Fact]
    public async Task AuthorizationFailed_IsForbidden_NamingTheActionAndScopeAzureGave()
    {
        using var azure = new AzureEstateFixture();
        azure.World.Fail(FakeFault.AuthorizationFailed("/resources", "Microsoft.Resources/subscriptions/resourceGroups/resources/read", azure.GroupId));

        var error = await Assert.ThrowsAsync<EstateForbiddenException>(() => azure.Provider.ListResourcesAsync(ResourceId.Parse(azure.GroupId), null, CancellationToken.None));

        Assert.Equal("Microsoft.Resources/subscriptions/resourceGroups/resources/read", error.Permission);
        Assert.Equal(ResourceId.Parse(azure.GroupId), error.Scope);
        Assert.DoesNotContain("aaaaaaaa", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetResource_OfAMissingResource_IsNull()
    {
        using var azure = new AzureEstateFixture();

        var resource = await azure.Provider.GetResourceAsync(ResourceId.Parse($"{azure.GroupId}/providers/Microsoft.Web/sites/nope"), CancellationToken.None);

        Assert.Null(resource);
    }

    [Fact]
    public async Task GetResource_OfAWebApp_CarriesItsPlanAndThePlansInstanceCount_ResolvingTheApiVersionOnce()
    {
        using var azure = new AzureEstateFixture();
        var id = ResourceId.Parse(azure.AddWebApp("app-checkout-api", planCapacity: 4));

        var first = await azure.Provider.GetResourceAsync(id, CancellationToken.None);
        var second = await azure.Provider.GetResourceAsync(id, CancellationToken.None);

        Assert.NotNull(first);
        Assert.Equal(4, first.InstanceCount);
        Assert.Equal("Running", first.State);
        Assert.EndsWith("/serverfarms/plan-app-checkout-api", first.Properties!["serverFarmId"], StringComparison.Ordinal);
        Assert.Equal(first.InstanceCount, second!.InstanceCount);
        Assert.Single(azure.World.Requests, r => r.Path.EndsWith("/providers/Microsoft.Web", StringComparison.Ordinal));
        Assert.Contains(azure.World.Requests, r => r.Path.EndsWith("/sites/app-checkout-api", StringComparison.Ordinal) && r.Query.Contains("api-version=2024-04-01", StringComparison.Ordinal));
    }
}
