using Microsoft.Extensions.Options;
using SreBot.Bot.Activities;
using SreBot.Bot.Activities.Authentication;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Conversations;

/// <summary>
/// Who is talking: a Teams user is their <c>from.aadObjectId</c>. Roles come from the local role table (assigned by
/// admins), plus <c>admin</c> for the object ids in <c>Bot:Admins</c>. In local mode a user with no assignment gets
/// <c>Bot:LocalDefaultRoles</c> so a newcomer can try the whole flow; with an app id configured such a user gets none.
/// </summary>
public sealed class ChatIdentityResolver(ILocalRoleStore localRoles, IOptions<BotOptions> options)
{
    public async Task<ChatCaller?> ResolveAsync(Activity activity, CancellationToken cancellationToken)
    {
        var userId = activity.From?.AadObjectId;
        if (string.IsNullOrWhiteSpace(userId) || activity.From is null)
        {
            return null;
        }

        var roles = new HashSet<string>(await localRoles.GetRolesAsync(userId, cancellationToken), StringComparer.Ordinal);
        if (options.Value.Admins.Contains(userId, StringComparer.OrdinalIgnoreCase))
        {
            roles.Add(Roles.Admin);
        }

        if (roles.Count == 0 && options.Value.IsLocalMode)
        {
            roles.UnionWith(options.Value.ResolveLocalDefaultRoles());
        }

        return new ChatCaller(new CallerIdentity(userId, roles, ChatCaller.Channel), activity.From.Name, activity.From.Id);
    }
}
