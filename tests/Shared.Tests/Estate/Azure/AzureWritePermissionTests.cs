using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

/// <summary>The Privileged upgrade's check against the fake's <c>Microsoft.Authorization/permissions</c>, through the real pipeline.</summary>
public sealed class AzureWritePermissionTests
{
    [Fact]
    public async Task Permissions_WithEveryAction_AreAllowed()
    {
        using var azure = new AzureEstateFixture();
        azure.World.GrantPermissions(AzureEstateFixture.Group, ["*"]);

        var check = await azure.Provider.CheckWritePermissionAsync(ResourceId.Parse(azure.GroupId), CancellationToken.None);

        Assert.True(check.Allowed, check.Reason);
        Assert.Equal(ResourceId.Parse(azure.GroupId), check.ResourceGroup);
    }

    [Fact]
    public async Task Permissions_WhoseNotActionsExcludeRestart_AreRefused_NamingTheGroupAndTheAction()
    {
        using var azure = new AzureEstateFixture();
        azure.World.GrantPermissions(AzureEstateFixture.Group, ["*"], ["Microsoft.Web/sites/restart/action"]);

        var check = await azure.Provider.CheckWritePermissionAsync(ResourceId.Parse(azure.GroupId), CancellationToken.None);

        Assert.False(check.Allowed);
        Assert.Contains("Microsoft.Web/sites/restart/action", check.Reason, StringComparison.Ordinal);
        Assert.Contains(AzureEstateFixture.Group, check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permissions_OfAnotherGroup_DoNotCount()
    {
        using var azure = new AzureEstateFixture();
        azure.World.GrantPermissions("rg-other", ["*"]);

        var check = await azure.Provider.CheckWritePermissionAsync(ResourceId.Parse(azure.GroupId), CancellationToken.None);

        Assert.False(check.Allowed);
        Assert.Contains(AzureEstateFixture.Group, check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Permissions_GrantedOnTheSecondPage_AreRead_AcrossTheNextLink()
    {
        using var azure = new AzureEstateFixture();
        azure.World.PageSize = 1;
        azure.World.GrantPermissions(AzureEstateFixture.Group, ["*/read"]);
        azure.World.GrantPermissions(AzureEstateFixture.Group, ["Microsoft.Web/*", "Microsoft.Compute/virtualMachines/*", "Microsoft.Compute/virtualMachineScaleSets/*", "Microsoft.App/*"]);

        var check = await azure.Provider.CheckWritePermissionAsync(ResourceId.Parse(azure.GroupId), CancellationToken.None);

        Assert.True(check.Allowed, check.Reason);
        Assert.Equal(2, azure.World.Requests.Count(r => r.Path.EndsWith("/providers/Microsoft.Authorization/permissions", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Permissions_RefusedOnALaterPage_AreRefused_NamingTheAction()
    {
        using var azure = new AzureEstateFixture();
        azure.World.PageSize = 1;
        azure.World.GrantPermissions(AzureEstateFixture.Group, ["*/read"]);
        azure.World.GrantPermissions(AzureEstateFixture.Group, ["Microsoft.Web/*", "Microsoft.Compute/*", "Microsoft.App/*"], ["Microsoft.App/containerApps/revisions/restart/action"]);

        var check = await azure.Provider.CheckWritePermissionAsync(ResourceId.Parse(azure.GroupId), CancellationToken.None);

        Assert.False(check.Allowed);
        Assert.Contains("Microsoft.App/containerApps/revisions/restart/action", check.Reason, StringComparison.Ordinal);
        Assert.Contains(AzureEstateFixture.Group, check.Reason, StringComparison.Ordinal);
    }
}
