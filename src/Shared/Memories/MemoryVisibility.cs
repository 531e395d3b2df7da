namespace SreBot.Shared.Memories;

/// <summary>Who sees a memory: <c>private</c> (its owner only) or <c>team</c> (every user with a SreBot role).</summary>
public static class MemoryVisibility
{
    public const string Private = "private";
    public const string Team = "team";

    public static bool IsKnown(string? value) => value is Private or Team;
}
