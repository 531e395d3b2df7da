using Microsoft.Extensions.Options;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>Refuses to start with <c>Auth:Graph</c> settings that would send the identity's token elsewhere or grant unknown roles.</summary>
public sealed class EntraRoleOptionsValidator : IValidateOptions<EntraRoleOptions>
{
    private const string Section = EntraRoleOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, EntraRoleOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps
            || endpoint.UserInfo.Length > 0 || endpoint.Query.Length > 0 || endpoint.Fragment.Length > 0)
        {
            failures.Add($"{Section}:{nameof(EntraRoleOptions.Endpoint)} must be an absolute https URL without user info, query or fragment, such as {EntraRoleOptions.DefaultEndpoint}.");
        }

        if (!string.IsNullOrWhiteSpace(options.ServicePrincipalId) && !Guid.TryParse(options.ServicePrincipalId, out _))
        {
            failures.Add($"{Section}:{nameof(EntraRoleOptions.ServicePrincipalId)} must be the object id (GUID) of SreBot's service principal.");
        }

        foreach (var (group, role) in options.GroupRoles)
        {
            if (!Guid.TryParse(group, out _))
            {
                failures.Add($"{Section}:{nameof(EntraRoleOptions.GroupRoles)} key '{group}' must be a group object id (GUID).");
            }

            if (!Roles.IsKnown(role))
            {
                failures.Add($"{Section}:{nameof(EntraRoleOptions.GroupRoles)} value '{role}' is not a role. Roles: {string.Join(", ", Roles.All)}.");
            }
        }

        if (options.CacheDuration <= TimeSpan.Zero || options.CacheDuration > TimeSpan.FromHours(1))
        {
            failures.Add($"{Section}:{nameof(EntraRoleOptions.CacheDuration)} must be more than zero and at most 01:00:00, so a removed role stops counting soon.");
        }

        if (options.CacheCapacity is < 1 or > 1_000_000)
        {
            failures.Add($"{Section}:{nameof(EntraRoleOptions.CacheCapacity)} must be 1 to 1000000.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(2))
        {
            failures.Add($"{Section}:{nameof(EntraRoleOptions.Timeout)} must be more than zero and at most 00:02:00.");
        }

        if (options.MaxPages is < 1 or > 100)
        {
            failures.Add($"{Section}:{nameof(EntraRoleOptions.MaxPages)} must be 1 to 100.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
