namespace SreBot.McpServer.Identity;

/// <summary>JWT claim names SreBot reads (inbound claim mapping is off, so these are the raw names).</summary>
public static class ClaimNames
{
    public const string Subject = "sub";
    public const string ObjectId = "oid";
    public const string Roles = "roles";
    public const string Name = "name";
}
