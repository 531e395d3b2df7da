using Microsoft.Extensions.Options;
using SreBot.Bot.Activities;
using SreBot.Bot.Activities.Authentication;
using SreBot.Bot.Auth.EntraRoles;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Conversations;

/// <summary>
/// Who is talking, and the one place a chat user's roles are resolved. With an app id configured (an authenticated
/// channel) a Teams user is their <c>from.aadObjectId</c>, and roles come from Entra (<see cref="EntraRoleDirectory"/>: app
/// role assignments and mapped groups, when <c>Auth:Graph</c> is configured), plus the local role table (the admin
/// override), plus <c>admin</c> for the object ids in <c>Bot:Admins</c>. When Entra cannot be read the user holds no role at
/// all (fail closed) and <see cref="ChatCaller.RolesUnavailable"/> says why. In local mode nothing proves the claim, so the
/// user is <c>local:</c> + the claimed id (<see cref="LocalChatUsers"/>): their own principal with their own role rows, never
/// a token user, never one of <c>Bot:Admins</c> and never looked up in Entra; one with no assignment gets
/// <c>Bot:LocalDefaultRoles</c> so a newcomer can try the whole flow. Which source granted each role is audited
/// (<see cref="RoleGrantAudit"/>).
/// </summary>
public sealed class ChatIdentityResolver(ILocalRoleStore localRoles, EntraRoleDirectory entra, RoleGrantAudit grantAudit, IOptions<BotOptions> options)
{
    public async Task<ChatCaller?> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var claimed = activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(claimed) || claimed.Length > LocalChatUsers.MaxClaimedIdLength || activity.From is null)
        {
            return null;
        }

        var local = options.Value.IsLocalMode;
        var userId = local ? LocalChatUsers.IdFor(claimed) : claimed;
        var grants = new RoleGrants();
        if (!local && entra.IsConfigured)
        {
            var lookup = await entra.GetRolesAsync(userId, cancellationToken);
            if (lookup.Failure is { } failure)
            {
                await grantAudit.RecordFailureAsync(userId, failure, cancellationToken);
                return new ChatCaller(new CallerIdentity(userId, new HashSet<string>(StringComparer.Ordinal), ChatCaller.Channel), activity.From.Name, activity.From.Id, failure.Message);
            }

            grants.Add(lookup.Roles, RoleSources.Entra);
        }

        grants.Add(await localRoles.GetRolesAsync(userId, cancellationToken), RoleSources.Local);
        if (!local && options.Value.Admins.Contains(userId, StringComparer.OrdinalIgnoreCase))
        {
            grants.Add([Roles.Admin], RoleSources.Local);
        }

        if (grants.Count == 0 && local)
        {
            grants.Add(options.Value.ResolveLocalDefaultRoles(), RoleSources.Default);
        }

        await grantAudit.RecordGrantsAsync(userId, grants, cancellationToken);
        return new ChatCaller(new CallerIdentity(userId, grants.Roles, ChatCaller.Channel), activity.From.Name, activity.From.Id);
    }
}
