namespace SreBot.Shared.Audit;

/// <summary>
/// Erases a user from the audit log: the link from the user's pseudonym to the user id is deleted, the chained
/// records keep the pseudonym and still verify, and queries then show <see cref="AuditRecord.UserId"/> as null.
/// </summary>
public interface IAuditActorEraser
{
    /// <summary>
    /// Deletes the user's pseudonym mapping and, in the same durable transaction, appends an
    /// <see cref="AuditEventTypes.ActorErased"/> record that carries only the pseudonym.
    /// </summary>
    /// <returns>The erasure record.</returns>
    /// <exception cref="AuditUnavailableException">The erasure could not be written durably; nothing changed.</exception>
    Task<AuditRecord> EraseActorAsync(string userId, string correlationId, CancellationToken cancellationToken);
}
