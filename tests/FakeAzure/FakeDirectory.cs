using System.Collections.Concurrent;

namespace SreBot.FakeAzure;

/// <summary>
/// One independent fake Entra directory behind the fake Microsoft Graph (<see cref="FakeGraph"/>): service principals with
/// app roles, app role assignments, groups and their members, scripted faults and the requests it saw. Its Graph base URL
/// is <see cref="GraphEndpoint"/>.
/// </summary>
public sealed class FakeDirectory(string id, Uri graphEndpoint)
{
    private readonly ConcurrentQueue<FakeFault> faults = new();
    private readonly ConcurrentQueue<FakeRequest> requests = new();
    private readonly ConcurrentDictionary<string, FakeServicePrincipal> principals = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<(string PrincipalId, string ResourceId, Guid AppRoleId, string Id)> assignments = new();
    private readonly ConcurrentDictionary<string, ConcurrentBag<string>> members = new(StringComparer.OrdinalIgnoreCase);

    public string Id { get; } = id;

    /// <summary>The base URL to give a Graph client (version included), e.g. <c>https://127.0.0.1:port/graph/{id}/v1.0</c>.</summary>
    public Uri GraphEndpoint { get; } = graphEndpoint;

    /// <summary>How many items one page of a list holds before an <c>@odata.nextLink</c>.</summary>
    public int PageSize { get; set; } = 100;

    public IReadOnlyList<FakeRequest> Requests => [.. requests];

    /// <summary>A service principal (an enterprise application) defining the given app role values.</summary>
    public FakeServicePrincipal AddServicePrincipal(string displayName, params string[] appRoleValues)
    {
        var principal = new FakeServicePrincipal(Guid.NewGuid().ToString(), Guid.NewGuid().ToString(), displayName, appRoleValues.ToDictionary(v => v, _ => Guid.NewGuid(), StringComparer.Ordinal));
        principals[principal.Id] = principal;
        return principal;
    }

    /// <summary>Assigns <paramref name="principal"/>'s app role <paramref name="value"/> to a user or group.</summary>
    public void AssignAppRole(string principalId, FakeServicePrincipal principal, string value)
        => assignments.Enqueue((principalId, principal.Id, principal.AppRoles[value], Guid.NewGuid().ToString("N")));

    /// <summary>A new security group; returns its object id.</summary>
    public string AddGroup()
    {
        var group = Guid.NewGuid().ToString();
        members[group] = [];
        return group;
    }

    /// <summary>Makes a user or a group a direct member of <paramref name="groupId"/>.</summary>
    public void AddMember(string groupId, string memberId) => members.GetOrAdd(groupId, _ => []).Add(memberId);

    /// <summary>Answers the next request whose path contains <see cref="FakeFault.PathContains"/> with the fault instead.</summary>
    public void Fail(FakeFault fault) => faults.Enqueue(fault);

    internal FakeServicePrincipal? ServicePrincipal(string principalId) => principals.GetValueOrDefault(principalId);

    /// <summary>Assignments to the user and to the groups the user is a direct member of (as Graph lists them for a user).</summary>
    internal IEnumerable<(string PrincipalId, string ResourceId, Guid AppRoleId, string Id)> AssignmentsOf(string userId)
    {
        var direct = DirectGroupsOf(userId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return assignments.Where(a => string.Equals(a.PrincipalId, userId, StringComparison.OrdinalIgnoreCase) || direct.Contains(a.PrincipalId));
    }

    internal IEnumerable<string> DirectGroupsOf(string memberId)
        => members.Where(m => m.Value.Contains(memberId, StringComparer.OrdinalIgnoreCase)).Select(m => m.Key);

    /// <summary>Every group <paramref name="memberId"/> belongs to, directly or through nested groups.</summary>
    internal IReadOnlyList<string> TransitiveGroupsOf(string memberId)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Queue<string>([memberId]);
        while (pending.TryDequeue(out var next))
        {
            foreach (var group in DirectGroupsOf(next).Where(seen.Add))
            {
                found.Add(group);
                pending.Enqueue(group);
            }
        }

        return found;
    }

    internal void Record(FakeRequest request) => requests.Enqueue(request);

    internal FakeFault? TakeFault(string path) => FakeScripts.TakeFor(faults, path, fault => fault.PathContains);
}
