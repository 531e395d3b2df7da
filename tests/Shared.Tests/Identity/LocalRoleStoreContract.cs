using SreBot.Shared.Identity;
using SreBot.Shared.Privacy;

namespace SreBot.Shared.Tests.Identity;

/// <summary>
/// What every <see cref="ILocalRoleStore"/> promises, run against each backend: roles replaced as a set, listed per user
/// in order, assignments with who and when, and erasure of a user (their roles gone, their id as assigner replaced).
/// </summary>
public abstract class LocalRoleStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private ILocalRoleStore? _store;

    private ILocalRoleStore Store => _store ?? throw new InvalidOperationException("The store is not created yet.");

    private static CancellationToken Token => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    /// <summary>A store over an empty backend.</summary>
    protected abstract Task<ILocalRoleStore> CreateStoreAsync();

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public abstract Task DisposeAsync();

    [Fact]
    public async Task Roles_AreReplacedAsASet_AndAnEmptySetRemovesThemAll()
    {
        await Store.SetRolesAsync("alice", Set("reader", "operator"), "admin-1", Start, Token);
        await Store.SetRolesAsync("alice", Set("approver"), "admin-1", Start.AddMinutes(1), Token);
        await Store.SetRolesAsync("bob", Set("reader"), "admin-1", Start, Token);

        Assert.Equal(["approver"], await Store.GetRolesAsync("alice", Token));
        await Store.SetRolesAsync("alice", Set(), "admin-1", Start.AddMinutes(2), Token);
        Assert.Empty(await Store.GetRolesAsync("alice", Token));
        Assert.Empty(await Store.GetRolesAsync("carol", Token));
        Assert.Equal(["reader"], await Store.GetRolesAsync("bob", Token));
    }

    [Fact]
    public async Task TheList_HasEveryUserWithRoles_InOrder()
    {
        await Store.SetRolesAsync("bob", Set("reader"), "admin-1", Start, Token);
        await Store.SetRolesAsync("alice", Set("operator", "approver"), "admin-1", Start, Token);

        var list = await Store.ListAsync(Token);

        Assert.Equal(["alice", "bob"], list.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["approver", "operator"], list["alice"].Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Assignments_SayWhoAssignedEachRoleAndWhen_ByRole()
    {
        await Store.SetRolesAsync("alice", Set("reader", "approver"), "admin-1", Start, Token);

        Assert.Equal([new LocalRoleAssignment("approver", "admin-1", Start), new LocalRoleAssignment("reader", "admin-1", Start)],
            await Store.AssignmentsAsync("alice", Token));
        Assert.Empty(await Store.AssignmentsAsync("bob", Token));
    }

    [Fact]
    public async Task ErasingAUser_RemovesTheirRoles_AndReplacesThemAsAssigner()
    {
        await Store.SetRolesAsync("alice", Set("admin", "reader"), "root", Start, Token);
        await Store.SetRolesAsync("bob", Set("reader"), "alice", Start, Token);

        Assert.Equal(2, await Store.EraseUserAsync("alice", Token));

        Assert.Empty(await Store.GetRolesAsync("alice", Token));
        Assert.Equal([new LocalRoleAssignment("reader", ErasedUser.Marker, Start)], await Store.AssignmentsAsync("bob", Token));
        Assert.Equal(0, await Store.EraseUserAsync("alice", Token));
    }

    private static HashSet<string> Set(params string[] roles) => new(roles, StringComparer.Ordinal);
}
