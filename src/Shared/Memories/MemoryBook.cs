using System.Security.Cryptography;
using SreBot.Shared.Audit;
using SreBot.Shared.Identity;
using SreBot.Shared.Redaction;

namespace SreBot.Shared.Memories;

/// <summary>
/// Remembering and forgetting for chat and the API: who may do what, no secrets, and one audit record per change
/// (written before the change, so a change that cannot be audited does not happen).
/// </summary>
public sealed class MemoryBook(IMemoryStore store, IAuditLog audit, TimeProvider time)
{
    public const int MaxListed = 200;

    /// <summary>Roles that may create team memories.</summary>
    public static IReadOnlyList<string> TeamAuthors { get; } = [Roles.Admin, Roles.Operator];

    /// <summary>Team memories are visible to every user with a role.</summary>
    public static bool SeesTeam(CallerIdentity caller) => caller.Roles.Count > 0;

    public Task<IReadOnlyList<Memory>> ListAsync(CallerIdentity caller, CancellationToken cancellationToken)
        => store.ListVisibleAsync(caller.UserId, SeesTeam(caller), MaxListed, cancellationToken);

    public async Task<MemoryChange> RememberAsync(CallerIdentity caller, string? text, string? visibility, CancellationToken cancellationToken)
    {
        var fact = text?.Trim() ?? string.Empty;
        var kind = visibility?.Trim().ToLowerInvariant() ?? MemoryVisibility.Private;
        var (refusal, forbidden, code) =
            caller.Roles.Count == 0 ? ("You need a SreBot role to keep memories.", true, "NoRole")
            : !MemoryVisibility.IsKnown(kind) ? ("'visibility' must be 'private' or 'team'.", false, "BadVisibility")
            : kind == MemoryVisibility.Team && !caller.HasAnyRole(TeamAuthors)
                ? ($"Only users with the '{Roles.Admin}' or '{Roles.Operator}' role can keep memories for the team.", true, "MissingRole")
            : fact.Length is 0 or > Memory.MaxTextLength ? ($"A memory is 1 to {Memory.MaxTextLength} characters.", false, "BadText")
            // Chat text arrives already redacted: a fact holding a redaction marker held a secret.
            : SecretRedactor.ContainsSecret(fact) || SecretRedactor.ContainsRedaction(fact)
                ? ("That fact looks like it contains a secret (a password, key, token or signature), so I did not keep it. Secrets do not belong in memories: store them in a vault and remember where they are instead.", false, "Secret")
            : (null, false, null);
        if (refusal is not null)
        {
            await audit.RecordAsync(MemoryAuditEvents.Refused, caller.UserId, AuditDecisions.Deny, AuditOutcomes.Refused, code, cancellationToken);
            return new MemoryChange(null, refusal, forbidden);
        }

        var memory = new Memory(NewId(), fact, caller.UserId, kind, time.GetUtcNow(), caller.UserId);
        await audit.RecordAsync(MemoryAuditEvents.Created, caller.UserId, AuditDecisions.Allow, AuditOutcomes.Created, $"{memory.Id} {memory.Visibility}", cancellationToken);
        await store.AddAsync(memory, cancellationToken);
        return new MemoryChange(memory);
    }

    /// <summary>Deletes one memory by id: the owner's own, or a team memory for an admin. Anything else is "not found".</summary>
    public async Task<MemoryChange> DeleteAsync(CallerIdentity caller, string id, CancellationToken cancellationToken)
    {
        var memory = await store.GetAsync(id, cancellationToken);
        if (memory is null || !MayDelete(caller, memory))
        {
            return new MemoryChange(null, "There is no memory of yours with this id.");
        }

        await audit.RecordAsync(MemoryAuditEvents.Deleted, caller.UserId, AuditDecisions.Allow, AuditOutcomes.Deleted, memory.Id, cancellationToken);
        await store.DeleteAsync([memory.Id], cancellationToken);
        return new MemoryChange(memory);
    }

    /// <summary>
    /// <c>forget &lt;id or text&gt;</c>: an id, or text found in exactly one memory the caller may delete. Text that matches
    /// several returns them as candidates and deletes nothing.
    /// </summary>
    public async Task<MemoryChange> ForgetAsync(CallerIdentity caller, string idOrText, CancellationToken cancellationToken)
    {
        var wanted = idOrText.Trim();
        if (wanted.StartsWith("mem_", StringComparison.Ordinal) && !wanted.Contains(' ', StringComparison.Ordinal))
        {
            return await DeleteAsync(caller, wanted, cancellationToken);
        }

        var visible = await store.ListVisibleAsync(caller.UserId, SeesTeam(caller), int.MaxValue, cancellationToken);
        var matches = visible.Where(m => MayDelete(caller, m) && m.Text.Contains(wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            0 => new MemoryChange(null, "I found no memory of yours with that id or text."),
            1 => await DeleteAsync(caller, matches[0].Id, cancellationToken),
            _ => new MemoryChange(null, "That text is in several memories, so I forgot none of them. Say 'forget <id>' with one of these ids:", Candidates: matches),
        };
    }

    public static bool MayDelete(CallerIdentity caller, Memory memory)
        => string.Equals(memory.OwnerId, caller.UserId, StringComparison.Ordinal) || (memory.IsTeam && caller.HasRole(Roles.Admin));

    private static string NewId() => $"mem_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))}";

}
