using SreBot.Bot.Tests.Infrastructure;

namespace SreBot.Bot.Tests.Auth;

/// <summary>
/// Roles through groups: an app role assigned to a group the user is a direct member of, and security groups mapped to
/// roles by <c>Auth:Graph:GroupRoles</c> (nested membership counts), read across <c>@odata.nextLink</c> pages.
/// </summary>
public sealed class EntraGroupRoleTests
{
    [Fact]
    public async Task MappedGroup_GrantsItsRole_ThroughNestedMembership_AcrossPages()
    {
        var (outer, inner) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
        await using var entra = await EntraRolesApp.StartAsync(new Dictionary<string, string?> { [$"Auth:Graph:GroupRoles:{outer}"] = "auditor" });
        var dana = EntraRolesApp.NewUser();
        entra.Directory.AddMember(outer, inner);
        entra.Directory.AddMember(inner, dana);
        foreach (var _ in Enumerable.Range(0, 3))
        {
            entra.Directory.AddMember(entra.Directory.AddGroup(), dana);
        }

        entra.Directory.PageSize = 2;

        var reply = await entra.SayAsync(dana, "whoami", "Dana Auditor");

        Assert.Contains("Roles: auditor.", reply.AllText, StringComparison.Ordinal);
        Assert.True(entra.Directory.Requests.Count(r => r.Path.EndsWith("/transitiveMemberOf", StringComparison.Ordinal) && r.Query.Contains("skiptoken", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public async Task AppRoleAssignedToAGroup_GrantsItToItsMembers_AcrossPages()
    {
        await using var entra = await EntraRolesApp.StartAsync();
        var (olga, team) = (EntraRolesApp.NewUser(), entra.Directory.AddGroup());
        entra.Directory.AddMember(team, olga);
        var other = entra.Directory.AddServicePrincipal("Another app", "admin");
        entra.Directory.AssignAppRole(olga, other, "admin");
        entra.Directory.AssignAppRole(olga, entra.Principal, "reader");
        entra.Directory.AssignAppRole(team, entra.Principal, "operator");
        entra.Directory.PageSize = 1;

        var reply = await entra.SayAsync(olga, "whoami");

        Assert.Contains("Roles: operator, reader.", reply.AllText, StringComparison.Ordinal);
        Assert.Contains(entra.Directory.Requests, r => r.Path.EndsWith("/appRoleAssignments", StringComparison.Ordinal) && r.Query.Contains("skiptoken", StringComparison.Ordinal));
    }
}
