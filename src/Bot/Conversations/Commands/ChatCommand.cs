namespace SreBot.Bot.Conversations.Commands;

/// <summary>A parsed chat command. <paramref name="Name"/> is lower case; the other fields depend on it.</summary>
public sealed record ChatCommand(string Name, string? Target = null, string? Reason = null, int? Count = null, string? Argument = null)
{
    public const string Help = "help";
    public const string WhoAmI = "whoami";
    public const string Investigate = "investigate";
    public const string Restart = "restart";
    public const string Scale = "scale";
    public const string Approvals = "approvals";
    public const string Mode = "mode";
    public const string Role = "role";
    public const string Remember = "remember";
    public const string Forget = "forget";
    public const string Memories = "memories";
    public const string Search = "search";
    public const string ExportMyData = "export my data";
    public const string ForgetMe = "forget me";
    public const string Unknown = "unknown";
}
