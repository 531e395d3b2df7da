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
}
