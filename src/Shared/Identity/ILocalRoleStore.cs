namespace SreBot.Shared.Identity;

/// <summary>
/// Roles granted by SreBot's admins on top of those a token carries (for users whose identity provider does not
/// assign SreBot's app roles, e.g. Teams users in local mode). Read on every authenticated request.
/// </summary>
public interface ILocalRoleStore
{
    Task<IReadOnlySet<string>> GetRolesAsync(string userId, CancellationToken cancellationToken);

    Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the user's local roles (an empty set removes them all).</summary>
    Task SetRolesAsync(string userId, IReadOnlySet<string> roles, string actor, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The user's local roles with who assigned each and when, by role.</summary>
    Task<IReadOnlyList<LocalRoleAssignment>> AssignmentsAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Removes the user's local roles and, where the user assigned roles to others, replaces the user's id with
    /// <see cref="Privacy.ErasedUser.Marker"/>, overwriting the freed pages. Returns how many of the user's roles went.
    /// </summary>
    Task<int> EraseUserAsync(string userId, CancellationToken cancellationToken);
}
