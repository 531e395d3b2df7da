namespace SreBot.Shared.Memories;

/// <summary>The outcome of remembering or forgetting: the memory, or why nothing changed.</summary>
/// <param name="Forbidden">The refusal is about the caller's roles (HTTP 403), not about the input (HTTP 400).</param>
/// <param name="Candidates">For an ambiguous <c>forget</c>: the memories the text matched; nothing was deleted.</param>
public sealed record MemoryChange(Memory? Memory, string? Refusal = null, bool Forbidden = false, IReadOnlyList<Memory>? Candidates = null)
{
    public bool Succeeded => Memory is not null && Refusal is null;
}
