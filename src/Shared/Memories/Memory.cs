namespace SreBot.Shared.Memories;

/// <summary>A fact SreBot keeps for a user (private) or for the team.</summary>
/// <param name="Id">Random id, <c>mem_…</c>.</param>
/// <param name="OwnerId">The user the memory belongs to: its author.</param>
/// <param name="Visibility">See <see cref="MemoryVisibility"/>.</param>
public sealed record Memory(string Id, string Text, string OwnerId, string Visibility, DateTimeOffset CreatedAt, string CreatedBy)
{
    /// <summary>Longest fact kept, in characters.</summary>
    public const int MaxTextLength = 1000;

    public bool IsTeam => Visibility == MemoryVisibility.Team;
}
