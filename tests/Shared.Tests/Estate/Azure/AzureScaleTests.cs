using SreBot.FakeAzure;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>resource_scale on Azure: the field that holds each type's count is set to N, exactly once.</summary>
public sealed class AzureScaleTests
{
    [Fact]
    public async Task Scale_OfAWebApp_SetsItsPlansCapacity_ExactlyOnce()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout", planCapacity: 3));
        var plan = $"{azure.GroupId}/providers/Microsoft.Web/serverfarms/plan-app-checkout";

        var result = await azure.Provider.ScaleAsync(site, 6, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("scale", result.Operation);
        Assert.Equal(site, result.ResourceId);
        Assert.Equal("Scaled App Service plan plan-app-checkout (used by app-checkout) from 3 to 6 instances.", result.Message);
        Assert.Equal(6, azure.World.Resources[plan]["sku"]!["capacity"]!.GetValue<int>());
        Assert.Equal("P1v3", azure.World.Resources[plan]["sku"]!["name"]!.GetValue<string>());
        var execution = Assert.Single(azure.World.Operations.Executions);
        Assert.Equal(1, azure.World.Operations.Count(plan, FakeOperations.Update));
        Assert.Equal("PUT", execution.Method);
        Assert.Contains("api-version=2024-04-01", Assert.Single(azure.World.Requests, r => r.Method == "PUT").Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scale_OfAScaleSet_SetsSkuCapacity_ExactlyOnce()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var vmss = azure.AddScaleSet("vmss-workers", capacity: 2);

        var result = await azure.Provider.ScaleAsync(vmss, 5, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Equal("Scaled virtual machine scale set vmss-workers from 2 to 5 instances.", result.Message);
        Assert.Equal(5, azure.World.Resources[vmss.Display]["sku"]!["capacity"]!.GetValue<int>());
        Assert.Equal("Standard_D2s_v3", azure.World.Resources[vmss.Display]["sku"]!["name"]!.GetValue<string>());
        Assert.Equal(1, azure.World.Operations.Count(vmss.Display, FakeOperations.Update));
        Assert.Equal("PATCH", Assert.Single(azure.World.Operations.Executions).Method);
    }

    [Fact]
    public async Task Scale_OfAContainerApp_FixesMinAndMaxReplicas_ExactlyOnce()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var app = azure.AddContainerApp("ca-orders", 1, 3, ("ca-orders--current", true, "2026-01-02T10:00:00Z"));

        var result = await azure.Provider.ScaleAsync(app, 4, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        var scale = azure.World.Resources[app.Display]["properties"]!["template"]!["scale"]!;
        Assert.Equal(4, scale["minReplicas"]!.GetValue<int>());
        Assert.Equal(4, scale["maxReplicas"]!.GetValue<int>());
        Assert.Single(azure.World.Resources[app.Display]["properties"]!["template"]!["containers"]!.AsArray());
        Assert.Equal(1, azure.World.Operations.Count(app.Display, FakeOperations.Update));
        Assert.Single(azure.World.Operations.Executions);
        // ContainerApps Update answers 202 with Location: the change is confirmed by polling it.
        Assert.Contains(azure.World.Requests, r => r.Path.Contains("/providers/Microsoft.App/locations/westeurope/operationResults/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scale_ToTheCountItAlreadyRuns_ChangesNothing()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var vmss = azure.AddScaleSet("vmss-workers", capacity: 2);

        var result = await azure.Provider.ScaleAsync(vmss, 2, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("already runs 2 instances; nothing changed", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, azure.WriteRequests());
    }
}
