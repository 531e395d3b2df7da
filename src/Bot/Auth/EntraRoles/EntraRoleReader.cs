using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using SreBot.Shared.Caching;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>
/// Reads one user's SreBot roles from Microsoft Graph: the app roles assigned to them on SreBot's service principal
/// (<c>GET /users/{id}/appRoleAssignments?$filter=resourceId eq {sp}</c>, ids turned into values with
/// <c>GET /servicePrincipals/{sp}</c>) and the roles <see cref="EntraRoleOptions.GroupRoles"/> maps their groups to
/// (<c>GET /users/{id}/transitiveMemberOf</c>). Lists are followed through <c>@odata.nextLink</c> on the configured host only,
/// for at most <see cref="EntraRoleOptions.MaxPages"/> pages. Values SreBot does not know are ignored. Any failure throws.
/// </summary>
public sealed class EntraRoleReader(GraphServiceClient graph, IOptions<EntraRoleOptions> options, TimeProvider time)
{
    private readonly ExpiringCache<IReadOnlyDictionary<Guid, string>> _appRoles = new(time, options.Value.CacheDuration, capacity: 4);

    public async Task<IReadOnlySet<string>> ReadAsync(string userObjectId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var roles = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(settings.ServicePrincipalId))
        {
            roles.UnionWith(await AppRolesAsync(userObjectId, settings.ServicePrincipalId, cancellationToken));
        }

        if (settings.GroupRoles.Count > 0)
        {
            foreach (var group in await GroupIdsAsync(userObjectId, cancellationToken))
            {
                if (settings.GroupRoles.TryGetValue(group, out var role))
                {
                    roles.Add(role);
                }
            }
        }

        return roles;
    }

    private async Task<IEnumerable<string>> AppRolesAsync(string userObjectId, string servicePrincipalId, CancellationToken cancellationToken)
    {
        var values = (await _appRoles.GetOrLoadAsync(servicePrincipalId, token => AppRoleValuesAsync(servicePrincipalId, token), cancellationToken)).Value;
        var assignments = new List<AppRoleAssignment>();
        var page = await graph.Users[userObjectId].AppRoleAssignments.GetAsync(
            request => request.QueryParameters.Filter = $"resourceId eq {Guid.Parse(servicePrincipalId)}", cancellationToken);
        for (var pages = 1; page is not null; pages++)
        {
            assignments.AddRange(page.Value ?? []);
            page = NextLink(page.OdataNextLink, pages) is { } next
                ? await graph.Users[userObjectId].AppRoleAssignments.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return assignments
            .Where(a => string.Equals(a.ResourceId?.ToString(), servicePrincipalId, StringComparison.OrdinalIgnoreCase) && a.AppRoleId is { } id && values.ContainsKey(id))
            .Select(a => values[a.AppRoleId!.Value]);
    }

    // The service principal's app roles, id → value, for the values SreBot knows (enabled ones only).
    private async Task<IReadOnlyDictionary<Guid, string>> AppRoleValuesAsync(string servicePrincipalId, CancellationToken cancellationToken)
    {
        var principal = await graph.ServicePrincipals[servicePrincipalId].GetAsync(
            request => request.QueryParameters.Select = ["id", "appRoles"], cancellationToken)
            ?? throw new InvalidOperationException("Microsoft Graph returned no service principal.");
        return (principal.AppRoles ?? [])
            .Where(r => r is { Id: not null, Value: not null, IsEnabled: not false } && Roles.IsKnown(r.Value))
            .ToDictionary(r => r.Id!.Value, r => r.Value!);
    }

    private async Task<IReadOnlyList<string>> GroupIdsAsync(string userObjectId, CancellationToken cancellationToken)
    {
        var groups = new List<string>();
        var page = await graph.Users[userObjectId].TransitiveMemberOf.GetAsync(request => request.QueryParameters.Select = ["id"], cancellationToken);
        for (var pages = 1; page is not null; pages++)
        {
            groups.AddRange((page.Value ?? []).OfType<Group>().Select(g => g.Id).OfType<string>());
            page = NextLink(page.OdataNextLink, pages) is { } next
                ? await graph.Users[userObjectId].TransitiveMemberOf.WithUrl(next).GetAsync(cancellationToken: cancellationToken)
                : null;
        }

        return groups;
    }

    // The next page's URL: only on the configured Graph host (the identity's token goes with it), and only so many pages.
    private string? NextLink(string? link, int pagesRead)
    {
        if (string.IsNullOrEmpty(link))
        {
            return null;
        }

        var endpoint = new Uri(options.Value.Endpoint);
        if (!Uri.TryCreate(link, UriKind.Absolute, out var next) || next.Scheme != Uri.UriSchemeHttps
            || !string.Equals(next.Authority, endpoint.Authority, StringComparison.OrdinalIgnoreCase))
        {
            throw new EntraRoleReadException("Microsoft Graph sent a next page on another host.");
        }

        return pagesRead >= options.Value.MaxPages
            ? throw new EntraRoleReadException($"Microsoft Graph has more than {options.Value.MaxPages} pages of this list.")
            : link;
    }
}
