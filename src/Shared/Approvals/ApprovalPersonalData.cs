using System.Text.Json;
using System.Text.Json.Nodes;
using SreBot.Shared.Privacy;
using SreBot.Shared.Storage;

namespace SreBot.Shared.Approvals;

/// <summary>
/// Approvals the user requested, decided or took part in. In the export, other people's ids are shown as
/// <see cref="ErasedUser.OtherUser"/> and their comments left out. Erasing deletes the user's own requests (with their
/// history and card links) and, in other people's approvals, replaces the user's id with <see cref="ErasedUser.Marker"/>
/// and drops the user's comments. The audit log keeps what happened under the pseudonym.
/// </summary>
internal sealed class ApprovalPersonalData(SqliteDatabase database, IApprovalStore approvals) : IPersonalDataSource
{
    public string Category => "approvals";

    public async Task<JsonNode> ExportAsync(string userId, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using (var connection = await database.OpenAsync(cancellationToken))
        await using (var command = connection.Command(null, """
            SELECT id FROM approvals
            WHERE requested_by = $user OR decided_by = $user OR id IN (SELECT approval_id FROM approval_events WHERE actor = $user)
            ORDER BY created_at, id
            """, ("$user", userId)))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add(reader.GetString(0));
            }
        }

        var list = new List<Approval>();
        foreach (var id in ids)
        {
            if (await approvals.GetAsync(id, cancellationToken) is { } approval)
            {
                list.Add(AsSeenBy(approval, userId));
            }
        }

        return JsonSerializer.SerializeToNode(list, JsonSerializerOptions.Web)!;
    }

    public Task<int> EraseAsync(string userId, CancellationToken cancellationToken)
        => database.SecureDeleteAsync(
            async (connection, transaction) =>
            {
                var parameters = new[] { ("$user", (object?)userId), ("$erased", ErasedUser.Marker) };
                await connection.ExecuteAsync(transaction,
                    "DELETE FROM approval_cards WHERE approval_id IN (SELECT id FROM approvals WHERE requested_by = $user)", cancellationToken, parameters);
                var own = await connection.ExecuteAsync(transaction, "DELETE FROM approvals WHERE requested_by = $user", cancellationToken, parameters);
                var decided = await connection.ExecuteAsync(transaction,
                    "UPDATE approvals SET decided_by = $erased, decision_comment = NULL WHERE decided_by = $user", cancellationToken, parameters);
                await connection.ExecuteAsync(transaction,
                    "UPDATE approval_events SET actor = $erased, comment = NULL WHERE actor = $user", cancellationToken, parameters);
                return own + decided;
            },
            cancellationToken);

    private static Approval AsSeenBy(Approval approval, string userId)
    {
        var mine = string.Equals(approval.RequestedBy, userId, StringComparison.Ordinal);
        var decidedByMe = string.Equals(approval.DecidedBy, userId, StringComparison.Ordinal);
        return approval with
        {
            RequestedBy = ErasedUser.AsSeenBy(approval.RequestedBy, userId)!,
            RequesterRoles = mine ? approval.RequesterRoles : [],
            Arguments = mine ? approval.Arguments : "{}", // the requester's arguments hold their reason in their words
            Reason = mine ? approval.Reason : string.Empty,
            DecidedBy = ErasedUser.AsSeenBy(approval.DecidedBy, userId),
            DecisionComment = decidedByMe ? approval.DecisionComment : null,
            History = [.. approval.History.Select(e => string.Equals(e.Actor, userId, StringComparison.Ordinal)
                ? e
                : e with { Actor = ErasedUser.AsSeenBy(e.Actor, userId)!, Comment = null })],
        };
    }
}
