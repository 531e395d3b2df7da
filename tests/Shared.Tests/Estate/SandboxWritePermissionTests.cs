using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SreBot.Shared.Estate;
using SreBot.Shared.Estate.Sandbox;
using SreBot.Shared.Estate.Sandbox.Catalog;

namespace SreBot.Shared.Tests.Estate;

public sealed class SandboxWritePermissionTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task ShopResourceGroups_AllowWrites_AndFinanceDoesNot()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        var prod = await sandbox.Estate.CheckWritePermissionAsync(SandboxEstate.ShopProdId, None);
        var staging = await sandbox.Estate.CheckWritePermissionAsync(SandboxEstate.ShopStagingId, None);
        var finance = await sandbox.Estate.CheckWritePermissionAsync(SandboxEstate.FinanceProdId, None);

        Assert.True(prod.Allowed);
        Assert.True(staging.Allowed);
        Assert.False(finance.Allowed);
        Assert.Contains("Reader", finance.Reason, StringComparison.Ordinal);
        Assert.Equal(SandboxEstate.FinanceProdId, finance.ResourceGroup);
    }

    [Fact]
    public async Task DeniedWriteResourceGroups_DeniesTheConfiguredGroup()
    {
        await using var sandbox = await SandboxHarness.StartAsync(deniedGroups: ["RG-Shop-Staging"]);

        var staging = await sandbox.Estate.CheckWritePermissionAsync(SandboxEstate.ShopStagingId, None);
        var prod = await sandbox.Estate.CheckWritePermissionAsync(SandboxEstate.ShopProdId, None);

        Assert.False(staging.Allowed);
        Assert.Contains("DeniedWriteResourceGroups", staging.Reason, StringComparison.Ordinal);
        Assert.True(prod.Allowed);
        await Assert.ThrowsAsync<EstateForbiddenException>(() => sandbox.Estate.RestartAsync(SandboxEstate.CheckoutApiStagingId, None));
    }

    [Fact]
    public async Task UnknownResourceGroup_IsNotFound_AndAResourceIdIsRefused()
    {
        await using var sandbox = await SandboxHarness.StartAsync();

        await Assert.ThrowsAsync<EstateResourceNotFoundException>(() => sandbox.Estate.CheckWritePermissionAsync(SandboxEstate.ResourceGroupId("rg-other"), None));
        await Assert.ThrowsAsync<ArgumentException>(() => sandbox.Estate.CheckWritePermissionAsync(SandboxEstate.CheckoutApiId, None));
    }

    [Fact]
    public async Task UnknownScenario_FailsValidationAtStart_ListingTheScenarios()
    {
        var directory = SandboxHarness.NewDirectory();
        await using var services = SandboxHarness.BuildServices("checkout-memory-leek", [], TimeProvider.System, directory);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("checkout-memory-leek", error.Message, StringComparison.Ordinal);
        Assert.Contains("checkout-memory-leak, healthy", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownDeniedGroup_FailsValidationAtStart()
    {
        var directory = SandboxHarness.NewDirectory();
        await using var services = SandboxHarness.BuildServices(null, ["rg-shop-stagin"], TimeProvider.System, directory);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("rg-shop-stagin", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyScenario_FailsDataAnnotationValidation()
    {
        var directory = SandboxHarness.NewDirectory();
        await using var services = SandboxHarness.BuildServices(" ", [], TimeProvider.System, directory);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<SandboxOptions>>().Value);

        Assert.Contains("Scenario", error.Message, StringComparison.Ordinal);
    }
}
