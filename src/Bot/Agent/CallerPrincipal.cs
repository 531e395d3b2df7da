using System.Security.Claims;
using SreBot.McpServer.Identity;
using SreBot.Shared.Identity;

namespace SreBot.Bot.Agent;

/// <summary>
/// The principal an in-process MCP session acts for, built from a <see cref="CallerIdentity"/>: the same claims an Entra
/// token would carry. A chat user, and later an alert or a plan acting as its own principal, all reach the tools this way,
/// so every call takes the one call path as that identity.
/// </summary>
public static class CallerPrincipal
{
    public static ClaimsPrincipal For(CallerIdentity identity)
        => new(new ClaimsIdentity(
            [new Claim(ClaimNames.ObjectId, identity.UserId), .. identity.Roles.Select(role => new Claim(ClaimNames.Roles, role))],
            authenticationType: identity.Channel,
            nameType: ClaimNames.ObjectId,
            roleType: ClaimNames.Roles));
}
