using SreBot.Shared.Approvals;

namespace SreBot.Shared.Tests.Approvals;

/// <summary>Which of a requester's roles still count when an approved action runs (docs/approvals.md).</summary>
public sealed class RequesterRolesNowTests
{
    [Fact]
    public void ARoleFromTheLocalTable_CountsOnlyWhileTheTableGrantsIt()
    {
        var approval = Approval(["operator", "reader"], revocable: ["operator"]);

        Assert.Equal(["operator", "reader"], approval.RequesterRolesNow(new HashSet<string> { "operator" }).Order());
        Assert.Equal(["reader"], approval.RequesterRolesNow(new HashSet<string>()).Order());
    }

    [Fact]
    public void ARoleAddedToTheTableAfterTheRequest_DoesNotCount()
    {
        var approval = Approval(["reader"], revocable: []);

        Assert.Equal(["reader"], approval.RequesterRolesNow(new HashSet<string> { "operator", "admin" }).Order());
    }

    [Fact]
    public void ARequestStoredWithoutItsRoleSources_TreatsEveryRoleAsRevocable()
    {
        var approval = Approval(["operator", "reader"], revocable: null);

        Assert.Empty(approval.RequesterRolesNow(new HashSet<string>()));
        Assert.Equal(["operator"], approval.RequesterRolesNow(new HashSet<string> { "operator" }).Order());
    }

    private static Approval Approval(string[] roles, string[]? revocable)
        => new("apr_1", "resource_restart", "{}", "/subscriptions/x/resourceGroups/rg", "why", "olga", roles, "hash",
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), ApprovalStatus.Approved, "abe", null, null, null, [])
        {
            RevocableRoles = revocable,
        };
}
