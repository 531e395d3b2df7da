namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>The roles a chat user holds and, for each, every source that grants it (<see cref="RoleSources"/>).</summary>
public sealed class RoleGrants
{
    private readonly SortedDictionary<string, SortedSet<string>> _grants = new(StringComparer.Ordinal);

    public IReadOnlySet<string> Roles => _grants.Keys.ToHashSet(StringComparer.Ordinal);

    public int Count => _grants.Count;

    public void Add(IEnumerable<string> roles, string source)
    {
        foreach (var role in roles)
        {
            if (!_grants.TryGetValue(role, out var sources))
            {
                _grants[role] = sources = new SortedSet<string>(StringComparer.Ordinal);
            }

            sources.Add(source);
        }
    }

    /// <summary>For the audit: <c>approver=entra; reader=entra,local</c>, or <c>none</c>.</summary>
    public string Describe() => _grants.Count == 0 ? "none" : string.Join("; ", _grants.Select(g => $"{g.Key}={string.Join(',', g.Value)}"));
}
