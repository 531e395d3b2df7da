namespace SreBot.Bot.Auth.EntraRoles;

/// <summary>A Graph answer SreBot will not use (a next page on another host, too many pages).</summary>
public sealed class EntraRoleReadException(string message) : Exception(message);
