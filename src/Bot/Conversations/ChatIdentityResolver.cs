using Microsoft.Extensions.Options;
using SreBot.Bot.Activities;
using SreBot.Bot.Activities.Authentication;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Conversations;

/// <summary>
/// Who is talking. With an app id configured (an authenticated channel) a Teams user is their <c>from.aadObjectId</c>, and
/// roles come from the local role table (assigned by admins), plus <c>admin</c> for the object ids in <c>Bot:Admins</c>.
/// In local mode nothing proves the claim, so the user is <c>local:</c> + the claimed id (<see cref="LocalChatUsers"/>): their
/// own principal with their own role rows, never a token user and never one of <c>Bot:Admins</c>; one with no assignment
/// gets <c>Bot:LocalDefaultRoles</c> so a newcomer can try the whole flow.
/// </summary>
public sealed class ChatIdentityResolver(ILocalRoleStore localRoles, IOptions<BotOptions> options)
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
        var roles = new HashSet<string>(await localRoles.GetRolesAsync(userId, cancellationToken), StringComparer.Ordinal);
        if (!local && options.Value.Admins.Contains(userId, StringComparer.OrdinalIgnoreCase))
        {
            roles.Add(Roles.Admin);
        }

        if (roles.Count == 0 && local)
        {
            roles.UnionWith(options.Value.ResolveLocalDefaultRoles());
        }

        return new ChatCaller(new CallerIdentity(userId, roles, ChatCaller.Channel), activity.From.Name, activity.From.Id);
    }
}
