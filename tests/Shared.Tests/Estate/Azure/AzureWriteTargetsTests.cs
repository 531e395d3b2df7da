using System.Text.Json;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Azure.Operations;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

public sealed class AzureWriteTargetsTests
{
    private const string Group = Scope.SandboxIds.ShopProd;

    [Theory]
    [InlineData("/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData("/providers/Microsoft.Web/sites/app-checkout-api/slots/staging")]
    [InlineData("/providers/Microsoft.Compute/virtualMachines/vm-batch-01")]
    [InlineData("/providers/Microsoft.App/containerApps/ca-orders")]
    public void RestartableTypes_AreAccepted(string suffix)
        => Assert.Equal("resource_restart", AzureWriteTargets.Restart(ResourceId.Parse(Group + suffix)).Tool);

    [Theory]
    [InlineData("/providers/Microsoft.Web/sites/app-checkout-api")]
    [InlineData("/providers/Microsoft.Web/serverfarms/plan-shop")]
    [InlineData("/providers/Microsoft.Compute/virtualMachineScaleSets/vmss-workers")]
    [InlineData("/providers/Microsoft.App/containerApps/ca-orders")]
    public void ScalableTypes_AreAccepted(string suffix)
        => Assert.Equal("resource_scale", AzureWriteTargets.Scale(ResourceId.Parse(Group + suffix), 3).Tool);

    [Fact]
    public void AStorageAccount_CannotBeRestarted_AndTheAnswerSaysWhatCan()
    {
        var refused = Assert.Throws<ArgumentException>(() => AzureWriteTargets.Restart(ResourceId.Parse(Group + "/providers/Microsoft.Storage/storageAccounts/stshop")));

        Assert.Contains("Microsoft.Compute/virtualMachines", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AVirtualMachine_CannotBeScaled()
        => Assert.Throws<ArgumentException>(() => AzureWriteTargets.Scale(ResourceId.Parse(Scope.SandboxIds.BatchVm), 2));

    [Theory]
    [InlineData(ScaleLimits.MinInstanceCount - 1)]
    [InlineData(ScaleLimits.MaxInstanceCount + 1)]
    public void ACountOutsideTheLimits_IsRefused(int count)
        => Assert.Throws<ArgumentOutOfRangeException>(() => AzureWriteTargets.Scale(ResourceId.Parse(Scope.SandboxIds.CheckoutApi), count));

    [Fact]
    public void ScaleBodies_SetTheCount()
    {
        Assert.Equal("""{"sku":{"capacity":4}}""", ScaleRequestBodies.SkuCapacity(4).ToJsonString());
        Assert.Equal("""{"properties":{"template":{"scale":{"minReplicas":4,"maxReplicas":4}}}}""", ScaleRequestBodies.ContainerAppReplicas(4).ToJsonString());
    }

    [Fact]
    public void TheRevisionToRestart_IsTheNewestActiveOne()
    {
        using var page = JsonDocument.Parse("""
            {"value":[
              {"name":"ca-orders--v1","properties":{"active":false,"createdTime":"2026-12-07T05:00:00Z"}},
              {"name":"ca-orders--v2","properties":{"active":true,"createdTime":"2026-12-07T06:00:00Z"}},
              {"name":"ca-orders--v3","properties":{"active":true,"createdTime":"2026-12-07T06:30:00Z"}},
              {"name":"ca-orders--v4","properties":{"active":false,"createdTime":"2026-12-07T06:45:00Z"}}]}
            """);

        Assert.Equal("ca-orders--v3", ContainerAppRevisions.LatestActive(page.RootElement));
    }

    [Fact]
    public void NoActiveRevision_IsNull()
    {
        using var page = JsonDocument.Parse("""{"value":[{"name":"a","properties":{"active":false}}]}""");

        Assert.Null(ContainerAppRevisions.LatestActive(page.RootElement));
    }
}
