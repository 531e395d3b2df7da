using System.Text.Json.Nodes;
using SreBot.Shared.Estate;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>The checks made before an approval is created: they read, and never send a write request.</summary>
public sealed class AzureWriteValidationTests
{
    [Fact]
    public async Task ValidateRestart_OfAnUnsupportedType_NamesTheSupportedTypes_WithoutAnyRequest()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var storage = azure.Id("Microsoft.Storage/storageAccounts/stshop");
        azure.World.AddResource(storage.Display, new JsonObject { ["name"] = "stshop", ["type"] = "Microsoft.Storage/storageAccounts" });

        var error = await Assert.ThrowsAsync<ArgumentException>(() => azure.Provider.ValidateRestartAsync(storage, CancellationToken.None));

        Assert.Contains("Microsoft.Storage/storageAccounts", error.Message, StringComparison.Ordinal);
        foreach (var type in new[] { "Microsoft.Web/sites", "Microsoft.Web/sites/slots", "Microsoft.Compute/virtualMachines", "Microsoft.App/containerApps" })
        {
            Assert.Contains(type, error.Message, StringComparison.Ordinal);
        }

        Assert.Empty(azure.World.Requests);
    }

    [Fact]
    public async Task ValidateScale_OfAnUnsupportedType_IsRefused_WithoutAnyRequest()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => azure.Provider.ValidateScaleAsync(azure.AddVirtualMachine("vm-batch"), 2, CancellationToken.None));

        Assert.Contains("Microsoft.Compute/virtualMachineScaleSets", error.Message, StringComparison.Ordinal);
        Assert.Empty(azure.World.Requests);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(-1)]
    public async Task ValidateScale_ToACountOutsideTheLimits_IsRefused_WithoutAnyRequest(int count)
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout"));

        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => azure.Provider.ValidateScaleAsync(site, count, CancellationToken.None));

        Assert.Contains($"between {ScaleLimits.MinInstanceCount} and {ScaleLimits.MaxInstanceCount}", error.Message, StringComparison.Ordinal);
        Assert.Empty(azure.World.Requests);
    }

    [Fact]
    public async Task ValidateRestart_OfAMissingResource_IsNotFound()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();

        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => azure.Provider.ValidateRestartAsync(azure.Id("Microsoft.Web/sites/nope"), CancellationToken.None));

        Assert.Equal(0, azure.WriteRequests());
    }

    [Fact]
    public async Task ValidateScale_OfAWebApp_ReadsTheAppAndItsPlan_AndWritesNothing()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout"));

        await azure.Provider.ValidateScaleAsync(site, 4, CancellationToken.None);

        Assert.Contains(azure.World.Requests, r => r.Method == "GET" && r.Path.EndsWith("/serverfarms/plan-app-checkout", StringComparison.Ordinal));
        Assert.Equal(0, azure.WriteRequests());
    }

    [Fact]
    public async Task ValidateScale_OfAWebAppWhosePlanIsMissing_IsNotFound()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout"));
        azure.World.Resources.TryRemove($"{azure.GroupId}/providers/Microsoft.Web/serverfarms/plan-app-checkout", out _);

        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => azure.Provider.ValidateScaleAsync(site, 4, CancellationToken.None));

        Assert.Equal(0, azure.WriteRequests());
    }

    [Fact]
    public async Task Scale_OfAWebAppWhosePlanIsInAnotherGroup_IsRefused_WithoutReachingThatGroup()
    {
        using var azure = new AzureEstateFixture().WithWriteProviders();
        var site = ResourceId.Parse(azure.AddWebApp("app-checkout"));
        var foreignPlan = $"/subscriptions/{azure.World.Subscription}/resourceGroups/rg-other/providers/Microsoft.Web/serverfarms/plan-shared";
        azure.World.Resources[site.Display]["properties"]!["serverFarmId"] = foreignPlan;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => azure.Provider.ScaleAsync(site, 4, CancellationToken.None));

        Assert.Contains("another resource group", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(azure.World.Requests, r => r.Path.Contains("/rg-other/", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, azure.WriteRequests());
    }
}
