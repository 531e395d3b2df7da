using SreBot.Shared.Estate.Azure.Permissions;
using SreBot.Shared.Scope;

namespace SreBot.Shared.Tests.Estate.Azure;

public sealed class PermissionEvaluatorTests
{
    // Built-in role definitions as Azure publishes them (the parts that matter here).
    private static readonly ArmPermission Contributor = new(["*"],
        ["Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write", "Microsoft.Authorization/elevateAccess/Action"]);
    private static readonly ArmPermission Reader = new(["*/read"], []);
    private static readonly ArmPermission WebsiteContributor = new(["Microsoft.Web/sites/*", "Microsoft.Web/serverFarms/join/action", "Microsoft.Web/serverFarms/read"], []);
    private static readonly ArmPermission WebPlanContributor = new(["Microsoft.Web/serverFarms/*"], []);
    private static readonly ArmPermission VirtualMachineContributor = new(["Microsoft.Compute/virtualMachines/*", "Microsoft.Compute/virtualMachineScaleSets/*"], []);
    private static readonly ArmPermission ContainerAppsContributor = new(["microsoft.app/containerapps/*"], []);

    [Fact]
    public void Contributor_GrantsEveryWriteAction()
        => Assert.True(PermissionEvaluator.Evaluate([Contributor]).Allowed);

    [Fact]
    public void TheNarrowBuiltInRolesTogether_GrantEveryWriteAction()
        => Assert.True(PermissionEvaluator.Evaluate([Reader, WebsiteContributor, WebPlanContributor, VirtualMachineContributor, ContainerAppsContributor]).Allowed);

    [Fact]
    public void ExactlyTheTablesActions_GrantEveryWriteAction()
        => Assert.True(PermissionEvaluator.Evaluate([new ArmPermission(AzureWriteActions.DistinctActions, [])]).Allowed);

    [Fact]
    public void Reader_IsRefused_NamingTheFirstMissingActionAndTheToolThatNeedsIt()
    {
        var evaluation = PermissionEvaluator.Evaluate([Reader]);

        Assert.False(evaluation.Allowed);
        Assert.Equal("Microsoft.Web/sites/restart/action", evaluation.MissingAction);
        Assert.Equal(AzureWriteActions.RestartTool, evaluation.NeededBy!.Tool);
        Assert.Equal(AzureWriteActions.SitesType, evaluation.NeededBy.ResourceType);
    }

    [Fact]
    public void NotActions_TakeAwayWhatTheSameEntryGrants()
    {
        var evaluation = PermissionEvaluator.Evaluate([new ArmPermission(["*"], ["Microsoft.Compute/*/restart/action"])]);

        Assert.Equal("Microsoft.Compute/virtualMachines/restart/action", evaluation.MissingAction);
    }

    [Fact]
    public void NotActions_OfOneEntry_DoNotTakeAwayWhatAnotherEntryGrants()
    {
        var evaluation = PermissionEvaluator.Evaluate([new ArmPermission(["*"], ["Microsoft.Compute/*"]), VirtualMachineContributor]);

        Assert.True(evaluation.Allowed);
    }

    [Fact]
    public void EachWriteAction_IsNeeded()
    {
        foreach (var action in AzureWriteActions.DistinctActions)
        {
            var evaluation = PermissionEvaluator.Evaluate([new ArmPermission(["*"], [action])]);

            Assert.Equal(action, evaluation.MissingAction);
        }
    }

    [Theory]
    [InlineData("*", "Microsoft.Web/sites/restart/action", true)]
    [InlineData("microsoft.web/SITES/restart/ACTION", "Microsoft.Web/sites/restart/action", true)]
    [InlineData("Microsoft.Web/*", "Microsoft.Web/sites/restart/action", true)]
    [InlineData("Microsoft.Web/sites/*/action", "Microsoft.Web/sites/slots/restart/action", true)]
    [InlineData("*/read", "Microsoft.Web/sites/read", true)]
    [InlineData("*/read", "Microsoft.Web/sites/restart/action", false)]
    [InlineData("Microsoft.Web/sites/restart", "Microsoft.Web/sites/restart/action", false)]
    [InlineData("Microsoft.Web/sites/*", "Microsoft.Web/serverfarms/write", false)]
    [InlineData("Microsoft.Web/sites/*/restart/action", "Microsoft.Web/sites/restart/action", false)]
    [InlineData("Microsoft.Compute/*/write", "Microsoft.Compute/virtualMachineScaleSets/write", true)]
    [InlineData("a*a", "a", false)]
    public void Wildcards_MatchAnyRun_CaseInsensitively(string pattern, string action, bool granted)
        => Assert.Equal(granted, PermissionEvaluator.IsGranted([new ArmPermission([pattern], [])], action));

    [Fact]
    public void ARefusal_NamesTheGroupTheMissingActionAndTheTool()
    {
        var group = ResourceId.Parse(Scope.SandboxIds.ShopProd);

        var check = PermissionEvaluator.Evaluate([Reader, WebsiteContributor]).ToCheck(group);

        Assert.False(check.Allowed);
        Assert.Contains("rg-shop-prod", check.Reason, StringComparison.Ordinal);
        Assert.Contains("Microsoft.Compute/virtualMachines/restart/action", check.Reason, StringComparison.Ordinal);
        Assert.Contains("resource_restart", check.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePermissionsAnswer_IsReadWithItsNextLink()
    {
        using var page = System.Text.Json.JsonDocument.Parse("""
            {"value":[{"actions":["*"],"notActions":["Microsoft.Authorization/*/Delete"],"dataActions":[],"notDataActions":[]}],
             "nextLink":"https://management.azure.com/subscriptions/x/resourceGroups/rg/providers/Microsoft.Authorization/permissions?$skiptoken=2"}
            """);

        var (permissions, next) = PermissionsResponseReader.Read(page.RootElement);

        var entry = Assert.Single(permissions);
        Assert.Equal(["*"], entry.Actions);
        Assert.Equal(["Microsoft.Authorization/*/Delete"], entry.NotActions);
        Assert.NotNull(next);
    }
}
