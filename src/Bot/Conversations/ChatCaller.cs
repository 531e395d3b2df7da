using System.Security.Claims;
using SreBot.Bot.Agent;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Conversations;

/// <summary>A person in chat: their SreBot identity (Entra object id, or <c>local:</c> + the claimed id in local mode; and roles), display name and channel account id.</summary>
/// <param name="RolesUnavailable">Set when their roles could not be read from Entra (they then hold none): the sentence to tell them.</param>
public sealed record ChatCaller(CallerIdentity Identity, string? Name, string ChannelAccountId, string? RolesUnavailable = null)
{
    public const string Channel = "teams";

    /// <summary>The principal an in-process MCP session acts for: the same claims an Entra token would carry.</summary>
    public ClaimsPrincipal ToPrincipal() => CallerPrincipal.For(Identity);
}
