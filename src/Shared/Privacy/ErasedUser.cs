namespace SreBot.Shared.Privacy;

/// <summary>What stands in for a person's id in records that stay after they were erased, or that belong to someone else.</summary>
public static class ErasedUser
{
    /// <summary>Replaces an erased user's id in other people's records (e.g. who decided an approval).</summary>
    public const string Marker = "erased-user";

    /// <summary>Replaces other people's ids in a user's export, so it holds nothing of anyone else's.</summary>
    public const string OtherUser = "another-user";

    /// <summary>The id as the user's export may show it: theirs, or <see cref="OtherUser"/>.</summary>
    public static string? AsSeenBy(string? id, string userId)
        => id is null || string.Equals(id, userId, StringComparison.Ordinal) || id is Marker or "system" ? id : OtherUser;
}
