using SreBot.FakeAzure;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>resource_restart on Azure: each supported type restarted exactly once through the real pipeline, and a restart POST repeated only after a 429.</summary>
public sealed class AzureRestartTests
{
    [Fact]
    public async Task Restart_OfAWebApp_PostsItsRestartExactlyOnce()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout"));

        var result = await azure.Provider.RestartAsync(site, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("restart", result.Operation);
        Assert.Equal(site, result.ResourceId);
        Assert.Equal("Restarted web app app-checkout.", result.Message);
        Assert.Equal(1, azure.World.Operations.Count(site.Display, FakeOperations.Restart));
        Assert.Single(azure.World.Operations.Executions);
        var post = Assert.Single(azure.World.Requests, r => r.Method == "POST");
        Assert.Equal($"{site.Display}/restart", post.Path);
        Assert.Contains("api-version=2024-04-01", post.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_OfAWebAppSlot_PostsTheSlotsRestartExactlyOnce()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        azure.AddWebApp("app-checkout");
        var slot = azure.AddSlot("app-checkout", "staging");

        var result = await azure.Provider.RestartAsync(slot, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(1, azure.World.Operations.Count(slot.Display, FakeOperations.Restart));
        Assert.EndsWith("/sites/app-checkout/slots/staging/restart", Assert.Single(azure.World.Requests, r => r.Method == "POST").Path, StringComparison.Ordinal);
        Assert.Single(azure.World.Operations.Executions);
    }

    [Fact]
    public async Task Restart_OfAVirtualMachine_FollowsTheAcceptedOperation_AndRestartsExactlyOnce()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var vm = azure.AddVirtualMachine("vm-batch");
        azure.World.Operations.AnswerLongRunning(FakeLongRunning.Succeeds("/restart", inProgressPolls: 2));

        var result = await azure.Provider.RestartAsync(vm, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Restarted virtual machine vm-batch.", result.Message);
        Assert.Equal(1, azure.World.Operations.Count(vm.Display, FakeOperations.Restart));
        Assert.Single(azure.World.Requests, r => r.Method == "POST");
        Assert.Equal(3, azure.World.Requests.Count(r => r.Path.Contains("/providers/Microsoft.Compute/locations/westeurope/operations/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Restart_OfAContainerApp_RestartsItsNewestActiveRevisionExactlyOnce()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var app = azure.AddContainerApp("ca-orders", 1, 3,
            ("ca-orders--old", true, "2026-01-01T10:00:00Z"),
            ("ca-orders--current", true, "2026-01-02T10:00:00Z"),
            ("ca-orders--inactive", false, "2026-01-03T10:00:00Z"));

        var result = await azure.Provider.RestartAsync(app, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Restarted revision ca-orders--current of container app ca-orders.", result.Message);
        Assert.Equal(1, azure.World.Operations.Count($"{app.Display}/revisions/ca-orders--current", FakeOperations.Restart));
        Assert.Single(azure.World.Operations.Executions);
    }

    [Fact]
    public async Task Restart_OfAContainerAppWithoutAnActiveRevision_RestartsNothing_AndSaysSo()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var app = azure.AddContainerApp("ca-orders", 1, 3, ("ca-orders--old", false, "2026-01-01T10:00:00Z"));

        var result = await azure.Provider.RestartAsync(app, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("no active revision", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, azure.WriteRequests());
    }

    [Fact]
    public async Task Restart_ThrottledFirst_IsRetriedOnce_AndExecutedOnce()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout"));
        azure.World.Fail(FakeFault.Throttled("/restart", retryAfterSeconds: 0));

        var result = await azure.Provider.RestartAsync(site, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal(2, azure.World.Requests.Count(r => r.Method == "POST"));
        Assert.Equal(1, azure.World.Operations.Count(site.Display, FakeOperations.Restart));
    }

    /// <summary>
    /// After a 5xx Azure may already have restarted the app, so the POST is not repeated (a 503 the pipeline would retry for a read),
    /// and the result says the restart may or may not have happened; the approval records that as a failure to check.
    /// </summary>
    [Fact]
    public async Task Restart_AfterAServerError_IsNotRetried_AndSaysItMayOrMayNotHaveHappened()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout"));
        azure.World.Fail(FakeFault.ServerError("/restart"));

        var result = await azure.Provider.RestartAsync(site, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(1, azure.World.Requests.Count(r => r.Method == "POST"));
        Assert.Contains("may or may not have happened", result.Message, StringComparison.Ordinal);
        Assert.Contains("did not repeat it", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("temporarily unavailable", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_OfAMissingResource_IsNotFound_AndExecutesNothing()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();

        await Assert.ThrowsAsync<SreBot.Shared.Estate.EstateResourceNotFoundException>(
            () => azure.Provider.RestartAsync(azure.Id("Microsoft.Web/sites/nope"), CancellationToken.None));

        Assert.Empty(azure.World.Operations.Executions);
    }

    [Fact]
    public async Task Restart_Forbidden_NamesTheRestartAction_AndExecutesNothing()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var vm = azure.AddVirtualMachine("vm-batch");
        azure.World.Fail(new FakeFault(403, "/restart", null, "AuthorizationFailed", "The client does not have authorization."));

        var error = await Assert.ThrowsAsync<SreBot.Shared.Estate.EstateForbiddenException>(() => azure.Provider.RestartAsync(vm, CancellationToken.None));

        Assert.Equal("Microsoft.Compute/virtualMachines/restart/action", error.Permission);
        Assert.Equal(vm, error.Scope);
        Assert.Empty(azure.World.Operations.Executions);
    }

    [Fact]
    public async Task Restart_ThrottledBeyondTheRetries_IsAThrottledAnswer_AndExecutesNothing()
    {
        using var azure = new AzureEstateFixture(maxRetries: 1).WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout"));
        azure.World.Fail(FakeFault.Throttled("/restart", retryAfterSeconds: 0));
        azure.World.Fail(FakeFault.Throttled("/restart", retryAfterSeconds: 0));

        await Assert.ThrowsAsync<SreBot.Shared.Estate.EstateThrottledException>(() => azure.Provider.RestartAsync(site, CancellationToken.None));

        Assert.Equal(2, azure.World.Requests.Count(r => r.Method == "POST"));
        Assert.Empty(azure.World.Operations.Executions);
    }
}
